package ru.egais.exchange.maintenance;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** When the daily jobs are due, and which old backups are deleted (only ours, only beyond the number kept). */
class ScheduledBackupsTest {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    static final LocalTime AT = LocalTime.of(2, 30);

    @Test
    void aDailyJobIsDueOnceItsTimeOfDayHasPassedSinceItsLastRun() {
        Instant before = Instant.parse("2026-12-01T23:29:00Z"); // 02:29 on the 2nd in Moscow
        Instant after = Instant.parse("2026-12-01T23:31:00Z");  // 02:31
        assertThat(DailyMoment.due(before, AT, MOSCOW, null)).as("never run: due").isTrue();
        assertThat(DailyMoment.due(before, AT, MOSCOW, Instant.parse("2026-11-30T23:35:00Z")))
                .as("ran after yesterday's 02:30, today's not reached").isFalse();
        assertThat(DailyMoment.due(after, AT, MOSCOW, Instant.parse("2026-11-30T23:35:00Z"))).isTrue();
        assertThat(DailyMoment.due(after, AT, MOSCOW, Instant.parse("2026-12-01T23:30:30Z"))).isFalse();
        assertThat(DailyMoment.lastDue(before, AT, MOSCOW)).isEqualTo(Instant.parse("2026-11-30T23:30:00Z"));
    }

    @Test
    void pruningKeepsTheNewestBackupsAndNeverTouchesOtherFiles(@TempDir Path folder) throws Exception {
        for (String name : new String[] {"egais-20261101-023000.db", "egais-20261102-023000.db",
                "egais-20261103-023000.db", "egais-20261104-023000.db", "egais.db", "notes.txt",
                "egais-20261101-023000.db.part", "egais-2026110-023000.db"}) {
            Files.writeString(folder.resolve(name), name);
        }
        ScheduledBackups.prune(folder, 2);
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "egais-20261103-023000.db", "egais-20261104-023000.db", "egais.db", "notes.txt",
                    "egais-20261101-023000.db.part", "egais-2026110-023000.db");
        }
        ScheduledBackups.prune(folder, 0); // at least the newest is always kept
        assertThat(folder.resolve("egais-20261104-023000.db")).exists();
    }
}
