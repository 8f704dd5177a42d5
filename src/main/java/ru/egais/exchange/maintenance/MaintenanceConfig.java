package ru.egais.exchange.maintenance;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;

/** Backups and retention of a service that runs for a year with nobody looking after it. */
@ConfigMapping(prefix = "egais.maintenance")
public interface MaintenanceConfig {

    Backup backup();

    Retention retention();

    /** Whether the daily jobs run at all (tests drive them through the API or the services). */
    @WithDefault("true")
    boolean scheduleEnabled();

    interface Backup {
        /** Folder of the scheduled backups; none: no scheduled backup (a backup through the API still works). */
        Optional<String> folder();

        /** Local time of day after which the day's backup is taken. */
        @WithDefault("02:30")
        LocalTime timeOfDay();

        /** How many scheduled backups are kept in the folder; older ones (named by us) are deleted. */
        @WithDefault("7")
        int keep();
    }

    interface Retention {
        /** Bulky bodies (incoming replies, waybills' raw XML, relay copies) older than this are removed. */
        @WithDefault("90D")
        Duration maxAge();

        /**
         * Answers to queries (Reply*: ReplyRests_v2, ReplyRestsShop_v2, ReplyAP, ReplyClient…) go sooner: a stock
         * reply is superseded by the next one, and a daily 50 MB ReplyRests_v2 kept 90 days alone would be 4.5 GB.
         * Never longer than {@link #maxAge()}.
         */
        @WithDefault("30D")
        Duration replyMaxAge();

        /** Local time of day after which the day's retention runs. */
        @WithDefault("03:30")
        LocalTime timeOfDay();

        @WithDefault("true")
        boolean enabled();
    }
}
