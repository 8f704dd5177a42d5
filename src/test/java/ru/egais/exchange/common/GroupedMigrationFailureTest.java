package ru.egais.exchange.common;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Migrations grouped in one transaction (DatabaseMigration.GroupedMigrations) on SQLite: an upgrade from V20 whose
 * last migration fails leaves the database at V20 — V21's table and column rolled back with it — and the same
 * upgrade, the broken migration gone, then applies.
 */
class GroupedMigrationFailureTest {

    @Test
    void aFailedGroupedUpgradeLeavesTheSchemaWhereItWas(@TempDir Path dir) throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("egais.db") + "?foreign_keys=true";
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("20")
                .group(true).load().migrate();
        Path broken = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(broken.resolve("V99__broken.sql"), "CREATE TABLE review_ok (id INTEGER);\nSELECT nonsense FROM;\n");

        Throwable failure = catchThrowable(() -> Flyway.configure().dataSource(url, null, null)
                .locations("classpath:db/migration", "filesystem:" + broken).group(true).load().migrate());
        assertThat(failure).isNotNull();
        try (Connection c = DriverManager.getConnection(url)) {
            assertThat(exists(c, "incoming_body_part")).as("V21's table rolled back").isFalse();
            assertThat(exists(c, "review_ok")).isFalse();
            assertThat(columnExists(c, "incoming_document", "body_format")).isFalse();
            try (ResultSet r = c.createStatement().executeQuery(
                    "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success = 1")) {
                r.next();
                assertThat(r.getInt(1)).isEqualTo(20);
            }
        }
        MigrateResult again = Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration")
                .group(true).load().migrate();
        assertThat(again.success).isTrue();
        try (Connection c = DriverManager.getConnection(url)) {
            assertThat(exists(c, "incoming_body_part")).isTrue();
            assertThat(columnExists(c, "incoming_document", "body_format")).isTrue();
        }
    }

    private static boolean exists(Connection c, String table) throws Exception {
        try (ResultSet r = c.createStatement().executeQuery(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '" + table + "'")) {
            r.next();
            return r.getInt(1) > 0;
        }
    }

    private static boolean columnExists(Connection c, String table, String column) throws Exception {
        try (ResultSet r = c.createStatement().executeQuery("SELECT count(*) FROM pragma_table_info('" + table
                + "') WHERE name = '" + column + "'")) {
            r.next();
            return r.getInt(1) > 0;
        }
    }
}
