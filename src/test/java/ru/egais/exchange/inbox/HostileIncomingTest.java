package ru.egais.exchange.inbox;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.simulator.UtmSimulator;
import ru.egais.exchange.testsupport.WithSimulatedUtm;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static ru.egais.exchange.testsupport.Api.configureOrganization;
import static ru.egais.exchange.testsupport.Api.exchange;
import static ru.egais.exchange.testsupport.Api.incoming;
import static ru.egais.exchange.testsupport.Api.newFsrarId;
import static ru.egais.exchange.testsupport.Api.prepare;
import static ru.egais.exchange.testsupport.Api.status;

/** Hostile or broken documents from UTM are refused or quarantined with the reason; the service keeps working. */
@QuarkusTest
// BrokenUtmTest's profile (its 2 MB document limit is this class's): one service start serves both.
@TestProfile(BrokenUtmTest.Limits.class)
class HostileIncomingTest extends WithSimulatedUtm {

    static final String ENVELOPE = "<ns:Documents xmlns:ns=\"http://fsrar.ru/WEGAIS/WB_DOC_SINGLE_01\"><ns:Owner>"
            + "<ns:FSRAR_ID>3463047</ns:FSRAR_ID></ns:Owner><ns:Document><ns:ReplyAP_v2>%s</ns:ReplyAP_v2></ns:Document></ns:Documents>";


    JsonPath only() {
        JsonPath in = incoming(fsrarId);
        assertThat(in.getList("id")).hasSize(1);
        return in;
    }

    @Test
    void externalEntitiesAreRefusedAndNothingIsRead() {
        utm.deliver("ReplyAP_v2", null, "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + ENVELOPE.formatted("<x>&x;</x>"));
        exchange(fsrarId);
        JsonPath in = only();
        assertThat(in.getString("[0].status")).isEqualTo("FAILED");
        assertThat(in.getString("[0].error")).contains("DOCTYPE");
        String shown = given().get("/api/v1/incoming/{id}", in.getString("[0].id")).then().statusCode(200).extract().asString();
        assertThat(shown).doesNotContain("root:");
        assertThat(utm.listedCount()).as("stored, so deleted from UTM").isZero();
    }

    @Test
    void entityExpansionIsRefused() {
        utm.deliver("ReplyAP_v2", null, "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                + ENVELOPE.formatted("<x>&c;</x>"));
        exchange(fsrarId);
        assertThat(only().getString("[0].status")).isEqualTo("FAILED");
    }

    @Test
    void garbageAndUnknownRootsAreKeptAsFailedWithTheReason() {
        utm.deliver("Ticket", null, "%PDF-1.4 this is not XML");
        utm.deliver("Ticket", null, "<html><body>Error 500</body></html>");
        exchange(fsrarId);
        JsonPath in = incoming(fsrarId);
        assertThat(in.getList("status")).containsOnly("FAILED");
        assertThat(in.getList("error", String.class)).allMatch(e -> e.startsWith("not a readable EGAIS document"));
        given().get("/api/v1/incoming/{id}/xml", in.getString("find { it.error.contains('html') || true }.id"))
                .then().statusCode(200);
    }

    @Test
    void aDocumentInTheWrongEncodingIsQuarantinedAndLeftInUtm() {
        byte[] cp1251 = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + ENVELOPE.formatted("<x>Водка</x>"))
                .getBytes(Charset.forName("windows-1251"));
        utm.deliverBytes("ReplyAP_v2", cp1251);
        exchange(fsrarId);
        JsonPath in = only();
        assertThat(in.getString("[0].status")).isEqualTo("QUARANTINED");
        assertThat(in.getString("[0].error")).contains("encoding");
        assertThat(utm.listedCount()).as("the original stays in UTM").isEqualTo(1);
        given().get("/api/v1/incoming/{id}/xml", in.getString("[0].id")).then().statusCode(200);
        exchange(fsrarId);
        assertThat(incoming(fsrarId).getList("id")).as("not loaded again").hasSize(1);
    }

    @Test
    void aDocumentOverTheSizeLimitIsQuarantinedUnreadAndTheServiceGoesOn() {
        String huge = "<x>" + "a".repeat(3 * 1024 * 1024) + "</x>";
        utm.deliverBytes("ReplyAP_v2", ENVELOPE.formatted(huge).getBytes(StandardCharsets.UTF_8));
        exchange(fsrarId);
        JsonPath in = only();
        assertThat(in.getString("[0].status")).isEqualTo("QUARANTINED");
        assertThat(in.getString("[0].error")).contains("larger than 2097152 bytes");
        assertThat(utm.listedCount()).isEqualTo(1);

        String id = prepare(Map.of("fsrarId", fsrarId, "type", "QueryRestsShop_v2", "immediate", true)).getString("id");
        exchange(fsrarId);
        assertThat(status(id)).isEqualTo("ACCEPTED");
        assertThat(incoming(fsrarId).getList("id")).hasSize(2);
    }
}
