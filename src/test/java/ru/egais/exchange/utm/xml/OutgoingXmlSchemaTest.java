package ru.egais.exchange.utm.xml;

import ru.egais.exchange.utm.SchemaValidator;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.egais.EgaisQuery;
import ru.egais.exchange.egais.QueryParameter;
import ru.egais.exchange.egais.WayBillActV4;
import ru.egais.exchange.testsupport.SharedEgais;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every document the service writes must validate against both official schema sets. */
class OutgoingXmlSchemaTest {

    static final String FSRAR = "030000000001";

    static List<String> documents() {
        return List.of(
                QueryWriter.write(FSRAR, new EgaisQuery("QueryRests_v2", List.of())),
                QueryWriter.write(FSRAR, new EgaisQuery("QueryRestsShop_v2", List.of())),
                QueryWriter.write(FSRAR, new EgaisQuery("QueryClients_v2", List.of(new QueryParameter("ИНН", "7701234567")))),
                QueryWriter.write(FSRAR, new EgaisQuery("QueryAP", List.of(new QueryParameter("КОД", "0010255000002043023")))),
                WayBillActWriter.write(FSRAR, new WayBillActV4("act-1", WayBillActV4.AcceptType.Accepted, "A-1",
                        LocalDate.of(2026, 11, 23), "TTN-0557371481", null, List.of())),
                WayBillActWriter.write(FSRAR, new WayBillActV4(null, WayBillActV4.AcceptType.Differences, "A-2",
                        LocalDate.of(2026, 11, 23), "TTN-0557371481", "недостача & бой <2 шт>", List.of(
                        new WayBillActV4.Position("1", "FB-000004917646122", new BigDecimal("10.000"),
                                List.of("1".repeat(40))),
                        new WayBillActV4.Position("2", "FB-000004917646123", BigDecimal.ZERO, List.of())))));
    }

    @Test
    void validAgainstNewestSchemas() {
        assertAllValid(SharedEgais.xsd());
    }

    @Test
    void validAgainstSchemasServedByUtm402() {
        assertAllValid(SharedEgais.utm402Xsd());
    }

    private static void assertAllValid(Path folder) {
        SchemaValidator validator = SchemaValidator.fromFolder(folder);
        for (String xml : documents()) {
            assertThat(validator.validate(xml)).as(xml).isEmpty();
        }
    }

    @Test
    void queriesAndActsReadBackToWhatWasAsked() throws Exception {
        com.fasterxml.jackson.databind.JsonNode query = XmlJsonStreamerTest.read(QueryWriter.write(FSRAR,
                new EgaisQuery("QueryClients_v2", List.of(new QueryParameter("ИНН", "7701234567")))));
        assertThat(query.path("type").asText()).isEqualTo("QueryClients_v2");
        // Parameters repeats (maxOccurs="unbounded" in QueryParameters.xsd), so it is a list too.
        assertThat(query.at("/Parameters/0/Parameter/0/Name").asText()).isEqualTo("ИНН");
        assertThat(query.at("/Parameters/0/Parameter/0/Value").asText()).isEqualTo("7701234567");

        String mark = "1".repeat(40);
        com.fasterxml.jackson.databind.JsonNode act = XmlJsonStreamerTest.read(WayBillActWriter.write(FSRAR,
                new WayBillActV4("act-9", WayBillActV4.AcceptType.Differences, "A-9", LocalDate.of(2026, 11, 23),
                        "TTN-0557371481", "недостача", List.of(new WayBillActV4.Position("2", "FB-000004917646123",
                        new BigDecimal("4.5000"), List.of(mark))))));
        assertThat(act.path("Identity").asText()).isEqualTo("act-9");
        assertThat(act.at("/Header/IsAccept").asText()).isEqualTo("Differences");
        assertThat(act.at("/Header/ACTNUMBER").asText()).isEqualTo("A-9");
        assertThat(act.at("/Header/ActDate").asText()).isEqualTo("2026-11-23");
        assertThat(act.at("/Header/WBRegId").asText()).isEqualTo("TTN-0557371481");
        assertThat(act.at("/Header/Note").asText()).isEqualTo("недостача");
        assertThat(act.at("/Content/Position/0/InformF2RegId").asText()).isEqualTo("FB-000004917646123");
        assertThat(new BigDecimal(act.at("/Content/Position/0/RealQuantity").asText())).isEqualByComparingTo("4.5");
        // MarkInfo under Position repeats in ActFixBarCode.xsd; pairs are not kept per document type, so a list here too.
        assertThat(act.at("/Content/Position/0/MarkInfo/0/amc/0").asText()).isEqualTo(mark);
    }

    @Test
    void validatorReportsLineAndMessage() {
        SchemaValidator validator = SchemaValidator.fromFolder(SharedEgais.xsd());
        String bad = QueryWriter.write("not-digits", new EgaisQuery("QueryRests_v2", List.of()));
        assertThat(validator.validate(bad)).get().asString().contains("line 1").contains("not-digits");
    }
}
