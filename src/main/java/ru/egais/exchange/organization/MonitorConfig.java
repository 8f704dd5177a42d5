package ru.egais.exchange.organization;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * Monitoring ({@code egais.monitor.*}): how often each organization's UTM is probed for readiness, the operator's
 * page, the key check and the certificate metrics, and how often gauges read from the database are refreshed.
 */
@ConfigMapping(prefix = "egais.monitor")
public interface MonitorConfig {

    /**
     * A UTM probe (or key check) younger than this is reused, so neither a readiness poll nor a page view calls
     * every UTM each time.
     */
    @WithDefault("30S")
    Duration utmProbeMaxAge();

    /** How often UTMs are probed in the background (read by the schedule of {@code UtmStatusMonitor}). */
    @WithDefault("60s")
    Duration utmProbeInterval();

    /** A certificate expiring within this many days is a warning (readiness stays UP); an expired one is DOWN. */
    @WithDefault("14")
    int certificateWarningDays();

    /** How often gauges read from the database (queue depth, documents by status) are refreshed (read by schedules). */
    @WithDefault("15s")
    Duration metricsRefresh();
}
