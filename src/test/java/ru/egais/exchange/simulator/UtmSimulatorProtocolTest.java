package ru.egais.exchange.simulator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.egais.EgaisQuery;
import ru.egais.exchange.egais.QueryParameter;
import ru.egais.exchange.egais.WayBillActV4;
import ru.egais.exchange.testsupport.SharedEgais;
import ru.egais.exchange.utm.UtmListEntry;
import ru.egais.exchange.utm.xml.QueryWriter;
import ru.egais.exchange.utm.SchemaValidator;
import ru.egais.exchange.utm.xml.SecureXml;
import ru.egais.exchange.utm.xml.UtmListReader;
import ru.egais.exchange.utm.xml.WayBillActWriter;

import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The simulator speaks UTM's protocol in the shapes real UTMs use, and what it emits is schema-valid. */
class UtmSimulatorProtocolTest {

    static final String FSRAR = "030000000777";
    final UtmSimulator utm = UtmSimulator.start(FSRAR, 0);

    @AfterEach
    void stop() {
        utm.close();
    }

    String query(String element, QueryParameter... params) {
        return QueryWriter.write(FSRAR, new EgaisQuery(element, List.of(params)));
    }

    List<UtmListEntry> outList(String suffix) throws Exception {
        String body = SimulatorHttp.get(utm.url() + "/opt/out" + suffix).body();
        return UtmListReader.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void postAnswerIsByteCompatibleWithTheRealUtmAnswer() throws Exception {
        HttpResponse<String> answer = SimulatorHttp.post(utm.url() + "/opt/in/QueryRests_v2", query("QueryRests_v2"));
        assertThat(answer.statusCode()).isEqualTo(200);
        String sample = SharedEgais.sample("selyutinartyom-UTM/in_response.xml");
        assertThat(masked(answer.body())).isEqualTo(masked(sample));
        assertThat(answer.body()).matches("(?s).*<sign>[0-9A-F]{128}</sign>.*");
    }

    @Test
    void listsHaveTheRealShapeWithReplyIdsAndOneCounterAcrossTypes() throws Exception {
        String replyId = ack(SimulatorHttp.post(utm.url() + "/opt/in/QueryRests_v2", query("QueryRests_v2")).body());
        SupplierWaybill waybill = utm.deliverWaybill(1, 0, true);

        String list = SimulatorHttp.get(utm.url() + "/opt/out").body();
        // The real list shape: the sample's commented-out <url> line is the entry UTM writes.
        String sample = SharedEgais.sample("selyutinartyom-UTM/out.xml").replace("<!-- ", "").replace(" -->", "");
        assertThat(shape(list).get(0)).isEqualTo(shape(sample).get(0));
        assertThat(masked(list.lines().limit(3).reduce("", (a, b) -> a + b + "\n")))
                .isEqualTo(masked(sample.lines().limit(3).reduce("", (a, b) -> a + b + "\n")
                        .replace("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>")));

        List<UtmListEntry> entries = outList("");
        assertThat(entries).extracting(UtmListEntry::url).containsExactly(
                utm.url() + "/opt/out/ReplyRests_v2/1", utm.url() + "/opt/out/FORM2REGINFO/2",
                utm.url() + "/opt/out/WayBill_v4/3");
        assertThat(entries.get(0).replyId()).isEqualTo(replyId);
        assertThat(entries.get(1).replyId()).as("supplier documents answer nothing of ours").isNull();
        assertThat(outList("?replyId=" + replyId)).hasSize(1);
        assertThat(SimulatorHttp.get(utm.url() + "/opt/out/WayBill_v4/3").body()).contains(waybill.identity());
        assertThat(SimulatorHttp.get(utm.url() + "/opt/out/FORM2REGINFO/2").body()).contains(waybill.wbRegId());

        assertThat(SimulatorHttp.delete(utm.url() + "/opt/out/WayBill_v4/3").statusCode()).isEqualTo(200);
        assertThat(SimulatorHttp.get(utm.url() + "/opt/out/WayBill_v4/3").statusCode()).isEqualTo(404);
        assertThat(outList("")).hasSize(2);

        List<UtmListEntry> in = UtmListReader.read(new ByteArrayInputStream(
                SimulatorHttp.get(utm.url() + "/opt/in").body().getBytes(StandardCharsets.UTF_8)));
        assertThat(in).containsExactly(new UtmListEntry(utm.url() + "/opt/in/QueryRests_v2/1", replyId));
    }

    @Test
    void ticketsHaveTheShapeOfARealTicket() throws Exception {
        SupplierWaybill waybill = utm.deliverWaybill(1, 0, false);
        String act = WayBillActWriter.write(FSRAR, new WayBillActV4("Л100003338", WayBillActV4.AcceptType.Accepted,
                "1", LocalDate.now(), waybill.wbRegId(), null, List.of()));
        String replyId = ack(SimulatorHttp.post(utm.url() + "/opt/in/WayBillAct_v4", act).body());
        List<UtmListEntry> tickets = outList("?replyId=" + replyId);
        assertThat(tickets).hasSize(2);
        String operation = SimulatorHttp.get(tickets.get(1).url()).body();
        String sample = SharedEgais.sample("selyutinartyom-UTM/opt_out/Ticket_4.xml");
        assertThat(ticketShape(operation)).isEqualTo(ticketShape(sample));
        assertThat(operation).contains("<tc:TransportId>" + replyId + "</tc:TransportId>")
                .containsPattern("<tc:TicketDate>\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{7}</tc:TicketDate>");
    }

    @Test
    void everythingTheSimulatedEgaisSendsIsSchemaValid() throws Exception {
        SchemaValidator newest = SchemaValidator.fromFolder(SharedEgais.xsd());
        SchemaValidator utm402 = SchemaValidator.fromFolder(SharedEgais.utm402Xsd());
        SupplierWaybill waybill = utm.deliverWaybill(3, 2, false);
        String known = waybill.wbRegId();
        for (String doc : List.of(query("QueryRests_v2"), query("QueryRestsShop_v2"),
                query("QueryClients_v2", new QueryParameter("ИНН", "7701234567")),
                query("QueryAP", new QueryParameter("КОД", "0010255000002043023")),
                query("QueryNATTN", new QueryParameter("КОД", FSRAR)),
                query("QueryResendDoc", new QueryParameter("WBREGID", known)),
                query("QueryResendDoc", new QueryParameter("WBREGID", "TTN-0000000000")),
                query("QueryForm2History", new QueryParameter("RFB", "FB-000004917646122")),
                ru.egais.exchange.utm.spec.SpecWriter.write(FSRAR,
                        ru.egais.exchange.utm.spec.DocumentSpecs.byApiName("QueryBarcode").orElseThrow(),
                        new com.fasterxml.jackson.databind.ObjectMapper().readTree("{\"queryNumber\": \"1\", "
                                + "\"date\": \"2026-11-23T10:00:00\", \"marks\": [{\"identity\": \"1\", "
                                + "\"type\": \"105\", \"rank\": \"200\", \"number\": \"42\"}]}")),
                WayBillActWriter.write(FSRAR, new WayBillActV4(null, WayBillActV4.AcceptType.Accepted, "1",
                        LocalDate.now(), known, null, List.of())),
                WayBillActWriter.write(FSRAR, new WayBillActV4(null, WayBillActV4.AcceptType.Rejected, "2",
                        LocalDate.now(), "TTN-0000000000", null, List.of())))) {
            assertThat(ack(SimulatorHttp.post(utm.url() + "/opt/in/X", doc).body())).isNotNull();
        }
        List<UtmListEntry> all = outList("");
        List<String> types = new ArrayList<>();
        for (UtmListEntry entry : all) {
            String xml = SimulatorHttp.get(entry.url()).body();
            types.add(entry.url().replaceAll(".*/opt/out/([^/]+)/.*", "$1"));
            assertThat(newest.validate(xml)).as(xml).isEmpty();
            assertThat(utm402.validate(xml)).as(xml).isEmpty();
        }
        assertThat(types).contains("ReplyRests_v2", "ReplyRestsShop_v2", "ReplyPartner", "ReplyAP_v2",
                "ReplyNoAnswerTTN", "WayBill_v4", "FORM2REGINFO", "Ticket", "ReplyHistForm2", "ReplyBarcode");
    }

    @Test
    void checksEnvelopeOwnerAndSchemaLikeUtmAndPublishesTheSchemas() throws Exception {
        assertThat(SimulatorHttp.post(utm.url() + "/opt/in/QueryRests_v2", "<broken").body())
                .contains("<error>Ошибка разбора XML");
        assertThat(SimulatorHttp.post(utm.url() + "/opt/in/QueryRests_v2",
                QueryWriter.write("030000000001", new EgaisQuery("QueryRests_v2", List.of()))).body())
                .contains("<error>Неверный FSRAR_ID");
        utm.schemas(SharedEgais.xsd());
        String invalid = query("QueryClients_v2", new QueryParameter("ИНН", "x".repeat(300)));
        assertThat(SimulatorHttp.post(utm.url() + "/opt/in/QueryPartner", invalid).body())
                .contains("<error>XML-документ не соответствует схеме: line");
        assertThat(SimulatorHttp.post(utm.url() + "/opt/in/QueryRests_v2", query("QueryRests_v2")).body())
                .contains("<url>");
        assertThat(utm.received()).hasSize(1);

        assertThat(SimulatorHttp.get(utm.url() + "/info/xsd").body()).contains("info/xsd/Ticket.xsd");
        assertThat(SimulatorHttp.get(utm.url() + "/info/xsd/Ticket.xsd").body()).startsWith("<html><body><pre>")
                .contains("TransportId");
    }

    @Test
    void healthProbesAnswer() throws Exception {
        assertThat(SimulatorHttp.get(utm.url() + "/api/info/list").body()).contains("\"rsa\":{\"isValid\":true");
        assertThat(SimulatorHttp.get(utm.url() + "/diagnosis").body()).contains("<CN>" + FSRAR + "</CN>");
        assertThat(SimulatorHttp.get(utm.url() + "/info/version").body()).isEqualTo("4.2.0");
    }

    /** Replaces the values that differ per answer (GUIDs, signature, version, URL host and number). */
    static String masked(String xml) {
        return xml.replaceAll("<url>[^<]*</url>", "<url>ID</url>")
                .replaceAll("<sign>[^<]*</sign>", "<sign>SIGN</sign>")
                .replaceAll("<ver>[^<]*</ver>", "<ver>V</ver>")
                .replaceAll("replyId=\"[^\"]*\">[^<]*<", "replyId=\"ID\">URL<");
    }

    static String ack(String answer) {
        return answer.replaceAll("(?s).*<url>([^<]*)</url>.*", "$1");
    }

    /** Element names with namespaces, in document order, one list per root child. */
    static List<String> shape(String xml) throws Exception {
        List<String> shape = new ArrayList<>();
        XMLStreamReader r = SecureXml.reader(xml);
        while (r.hasNext()) {
            if (r.next() == XMLStreamReader.START_ELEMENT) {
                StringBuilder attrs = new StringBuilder();
                for (int i = 0; i < r.getAttributeCount(); i++) {
                    attrs.append('@').append(r.getAttributeLocalName(i));
                }
                shape.add("{" + r.getNamespaceURI() + "}" + r.getLocalName() + attrs);
            }
        }
        return shape.subList(1, shape.size());
    }

    static List<String> ticketShape(String xml) throws Exception {
        return shape(xml).stream().filter(s -> s.startsWith("{http://fsrar.ru/WEGAIS/Ticket}")).toList();
    }
}
