package ru.egais.exchange.common;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * V10 on an embedded database that the earlier settling left with one replyId on several documents: they all give it
 * up and wait in doubt for the operator, and from then on the database itself refuses a second holder (many
 * documents without one are fine). ClusterIT runs the same migrations on PostgreSQL.
 */
class ReplyIdUniquenessMigrationTest {

    @Test
    void duplicateHoldersAreHeldInDoubtAndTheIndexRefusesASecondHolder(@TempDir Path dir) throws SQLException {
        String url = "jdbc:sqlite:" + dir.resolve("egais.db");
        Flyway.configure().dataSource(url, null, null).locations("filesystem:queue-schema").target("9").load().migrate();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            insert(s, "a", "R1", "SENT");
            insert(s, "b", "R1", "SENT");
            insert(s, "c", "R2", "ACCEPTED");
            insert(s, "d", null, "QUEUED");
        }

        Flyway.configure().dataSource(url, null, null).locations("filesystem:queue-schema").load().migrate();

        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            assertThat(string(s, "select count(*) from document where reply_id = 'R1'")).isEqualTo("0");
            assertThat(string(s, "select reply_id from document where id = 'c'")).isEqualTo("R2");
            assertThat(string(s, "select state from outbox_message where document_id = 'a'")).isEqualTo("IN_DOUBT");
            assertThat(string(s, "select state from outbox_message where document_id = 'c'")).isEqualTo("DONE");
            assertThat(string(s, "select last_error from document where id = 'b'")).contains("held by several documents");
            insert(s, "e", null, "QUEUED"); // many without a replyId
            assertThatThrownBy(() -> insert(s, "f", "R2", "SENT")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("UNIQUE");
        }
    }

    private static void insert(Statement s, String id, String replyId, String status) throws SQLException {
        s.executeUpdate("insert into document (id, fsrar_id, doc_type, utm_path, status, reply_id, xml, created_at, "
                + "updated_at, version) values ('" + id + "', '030000000001', 'QueryRests_v2', 'QueryRests_v2', '"
                + status + "', " + (replyId == null ? "null" : "'" + replyId + "'") + ", '<x/>', 0, 0, 0)");
        s.executeUpdate("insert into outbox_message (id, document_id, fsrar_id, state, attempts, next_attempt_at, "
                + "created_at, version) values ('m" + id + "', '" + id + "', '030000000001', '"
                + (status.equals("QUEUED") ? "PENDING" : "DONE") + "', 1, 0, 0, 0)");
    }

    private static String string(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
