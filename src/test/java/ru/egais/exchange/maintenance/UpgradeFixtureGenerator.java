package ru.egais.exchange.maintenance;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * Makes the upgrade fixture {@code src/test/resources/upgrade/v9-store.db}: a database as the previous release left
 * it (this checkout's migrations V1..V9, applied by Flyway so its history is the real one) holding a store's
 * documents. Run only on purpose: {@code mvn -o test -Dtest=UpgradeFixtureGenerator -Dupgrade.fixture.generate=true}.
 * {@link ru.egais.exchange.it.UpgradeIT} starts the newest build on a copy and finds every document.
 */
@EnabledIfSystemProperty(named = "upgrade.fixture.generate", matches = "true")
class UpgradeFixtureGenerator {

    static final String ORG = "030000194005";
    static final long T0 = 1_764_000_000_000L; // 2025-11-24, a year before this release

    @Test
    void generate() throws Exception {
        Path file = Path.of("src/test/resources/upgrade/v9-store.db");
        Files.deleteIfExists(file);
        String url = "jdbc:sqlite:" + file;
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("9")
                .load().migrate();
        try (Connection c = DriverManager.getConnection(url)) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO organization VALUES ('" + ORG + "', 'Магазин на Ленина', "
                        + "'http://127.0.0.1:8080', 'SERVER', 60, 1, " + T0 + ", NULL, NULL, NULL, " + T0 + ", " + T0
                        + ", 3, NULL)");
            }
            String[][] docs = { // id, type, status, externalId
                    {"d0000001-0000-4000-8000-000000000001", "QueryRests_v2", "ACCEPTED", "pos-1"},
                    {"d0000001-0000-4000-8000-000000000002", "QueryRests_v2", "QUEUED", "pos-2"},
                    {"d0000001-0000-4000-8000-000000000003", "WayBillAct_v4", "REJECTED", "act-3"},
                    {"d0000001-0000-4000-8000-000000000004", "QueryRestsShop_v2", "SENT", null},
                    {"d0000001-0000-4000-8000-000000000005", "WayBillAct_v4", "CANCELLED", "act-5"}};
            try (PreparedStatement d = c.prepareStatement("INSERT INTO document VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
                 PreparedStatement o = c.prepareStatement("INSERT INTO outbox_message (id, document_id, fsrar_id, state,"
                         + " attempts, next_attempt_at, created_at, version, in_doubt) VALUES (?,?,?,?,?,?,?,0,0)");
                 PreparedStatement l = c.prepareStatement("INSERT INTO exchange_log (id, document_id, fsrar_id, step,"
                         + " event, status_after, detail, at, status_event) VALUES (?,?,?,?,?,?,?,?,?)")) {
                for (int i = 0; i < docs.length; i++) {
                    String[] doc = docs[i];
                    long at = T0 + i * 60_000L;
                    d.setString(1, doc[0]);
                    d.setString(2, ORG);
                    d.setString(3, doc[1]);
                    d.setString(4, doc[1]);
                    d.setString(5, doc[3]);
                    d.setString(6, doc[2]);
                    d.setString(7, doc[2].equals("QUEUED") || doc[2].equals("CANCELLED") ? null : "reply-" + i);
                    d.setString(8, doc[2].equals("REJECTED") ? "Документ не прошел проверку" : null);
                    d.setString(9, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ns:Documents xmlns:ns=\"http://fsrar.ru/"
                            + "WEGAIS/WB_DOC_SINGLE_01\"><ns:Owner><ns:FSRAR_ID>" + ORG + "</ns:FSRAR_ID></ns:Owner>"
                            + "<ns:Document><ns:" + doc[1] + "/></ns:Document></ns:Documents>");
                    d.setLong(10, at);
                    d.setLong(11, at + 1000);
                    d.setLong(12, 1);
                    d.executeUpdate();
                    o.setString(1, "o" + doc[0].substring(1));
                    o.setString(2, doc[0]);
                    o.setString(3, ORG);
                    o.setString(4, switch (doc[2]) {
                        case "QUEUED" -> "PENDING";
                        case "CANCELLED" -> "CANCELLED";
                        default -> "DONE";
                    });
                    o.setInt(5, doc[2].equals("QUEUED") || doc[2].equals("CANCELLED") ? 0 : 1);
                    o.setLong(6, at);
                    o.setLong(7, at);
                    o.executeUpdate();
                    l.setString(1, "l" + doc[0].substring(1));
                    l.setString(2, doc[0]);
                    l.setString(3, ORG);
                    l.setInt(4, 1);
                    l.setString(5, "PREPARED");
                    l.setString(6, "QUEUED");
                    l.setString(7, "queued for /opt/in/" + doc[1]);
                    l.setLong(8, at);
                    l.setString(9, null);
                    l.executeUpdate();
                }
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO incoming_document VALUES ('i0000001-0000-4000-8000-000000000001', '" + ORG
                        + "', 'http://127.0.0.1:8080/opt/out/ReplyRests_v2/1', 'reply-0', 'h1', 58, 'ReplyRests_v2',"
                        + " 'PROCESSED', 'd0000001-0000-4000-8000-000000000001', NULL, " + T0 + ", " + T0 + ", " + T0
                        + ", 2, NULL)");
                s.executeUpdate("INSERT INTO incoming_body_chunk VALUES ('i0000001-0000-4000-8000-000000000001', 0,"
                        + " '<ns:Documents><ns:ReplyRests_v2>остатки</ns:ReplyRests_v2></ns:Documents>')");
            }
            c.commit();
        }
    }
}
