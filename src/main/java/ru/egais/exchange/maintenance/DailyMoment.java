package ru.egais.exchange.maintenance;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/** The last moment at or before {@code now} when a daily job was due: today's time of day, or yesterday's. */
final class DailyMoment {

    private DailyMoment() {
    }

    static Instant lastDue(Instant now, LocalTime timeOfDay, ZoneId zone) {
        var local = now.atZone(zone);
        var today = local.toLocalDate().atTime(timeOfDay).atZone(zone);
        return (today.isAfter(local) ? today.minusDays(1) : today).toInstant();
    }

    /** Due when the last run (if any) started before the last due moment. */
    static boolean due(Instant now, LocalTime timeOfDay, ZoneId zone, Instant lastRun) {
        return lastRun == null || lastRun.isBefore(lastDue(now, timeOfDay, zone));
    }
}
