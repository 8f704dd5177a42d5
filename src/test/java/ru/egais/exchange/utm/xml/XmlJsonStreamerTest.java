package ru.egais.exchange.utm.xml;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.testsupport.SharedEgais;

import java.io.StringReader;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/** Incoming documents read into JSON: real UTM documents, and the tolerance cases real UTMs need. */
class XmlJsonStreamerTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode read(String xml) throws Exception {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
            XmlJsonStreamer.stream(new StringReader(XmlText.decode(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8))), g);
        }
        return JSON.readTree(out.toString());
    }

    @Test
    void realWayBillV4WithPositionsAndMarks() throws Exception {
        JsonNode wb = read(SharedEgais.sample("tfyr-kirsa-plugin/TTN-0557370828.xml"));
        assertThat(wb.path("type").asText()).isEqualTo("WayBill_v4");
        assertThat(wb.path("Identity").asText()).isEqualTo("fc58d5a1-e991-49f6-9c81-de3789f8d383");
        assertThat(wb.at("/Header/Shipper/UL/INN").asText()).isEqualTo("7446043646");
        JsonNode first = wb.at("/Content/Position/0");
        assertThat(first.at("/Product/AlcCode").asText()).isEqualTo("0010255000002043023");
        assertThat(first.at("/InformF2/F2RegId").asText()).isEqualTo("FB-000004893172359");
        assertThat(first.at("/InformF2/MarkInfo/boxpos/0/amclist/amc")).hasSize(3);
        assertThat(wb.at("/Content/Position").size()).isGreaterThan(1);
    }

    @Test
    void everyBoxOfARealWaybillIsKeptAsAnArrayItem() throws Exception {
        JsonNode wb = read(SharedEgais.sample("tfyr-kirsa-plugin/TTN-0557370828.xml"));
        JsonNode twoBoxes = null;
        for (JsonNode p : wb.at("/Content/Position")) {
            if (p.path("boxInfo").isMissingNode()) {
                continue;
            }
            assertThat(p.at("/boxInfo/boxtree").isArray()).as("boxtree is a list even with one box").isTrue();
            if (p.at("/boxInfo/boxtree").size() == 2) {
                twoBoxes = p.at("/boxInfo/boxtree");
            }
        }
        assertThat(twoBoxes).isNotNull();
        assertThat(twoBoxes.at("/0/boxnum/0").asText()).isEqualTo("01006069424210222000267020");
        assertThat(twoBoxes.at("/1/boxnum/0").asText()).isEqualTo("01006069424210222000267049");
    }

    @Test
    void aRepeatTheSchemasDoNotExpectIsKeptUnderItsOwnKey() throws Exception {
        String xml = "<ns:Documents xmlns:ns=\"http://fsrar.ru/WEGAIS/WB_DOC_SINGLE_01\"><ns:Document><X>"
                + "<Header><Note>a</Note><Note>b</Note><Other/><Note>c</Note></Header></X></ns:Document></ns:Documents>";
        String json = JSON.writeValueAsString(read(xml));
        JsonNode header = read(xml).path("Header");
        assertThat(header.path("Note").asText()).isEqualTo("a");
        assertThat(header.path("Note#2").asText()).isEqualTo("b");
        assertThat(header.path("Note#3").asText()).isEqualTo("c");
        assertThat(json).contains("\"Other\"");
    }

    @Test
    void realRegistrationWithNamespacesRedeclaredOnInnerElements() throws Exception {
        JsonNode reg = read(SharedEgais.sample("tfyr-kirsa-plugin/FORM2REGINFO.xml"));
        assertThat(reg.path("type").asText()).isEqualTo("TTNInformF2Reg");
        assertThat(reg.at("/Header/WBRegId").asText()).isEqualTo("TTN-0557371481");
        assertThat(reg.at("/Content/Position/0/InformF2RegId").asText()).isEqualTo("FB-000004917646122");
    }

    @Test
    void realHistoryOldWayBillAndOldRegistration() throws Exception {
        assertThat(read(SharedEgais.sample("tfyr-kirsa-plugin/TTN-0557370828-history.xml")).path("type").asText())
                .isEqualTo("TTNHistoryF2Reg");
        JsonNode v1 = read(SharedEgais.sample("selyutinartyom-UTM/opt_out/WayBill_123.xml"));
        assertThat(v1.path("type").asText()).isEqualTo("WayBill");
        assertThat(v1.at("/Content/Position")).isNotEmpty();
        assertThat(read(SharedEgais.sample("selyutinartyom-UTM/opt_out/FORMBREGINFO_124.xml")).path("type").asText())
                .isEqualTo("TTNInformBReg");
        assertThat(read(SharedEgais.sample("rkablukov-egais/WayBill_v3.xml")).path("type").asText()).isEqualTo("WayBill_v3");
    }

    @Test
    void bomOddPrefixesAndSevenDigitTimesAreRead() throws Exception {
        JsonNode t = read("\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<a:Documents xmlns:a=\"http://fsrar.ru/WEGAIS/WB_DOC_SINGLE_01\"><a:Owner><a:FSRAR_ID>1</a:FSRAR_ID></a:Owner>"
                + "<a:Document><a:ReplyNoAnswerTTN><z:Consignee xmlns:z=\"http://fsrar.ru/WEGAIS/ReplyNoAnswerTTN\">0300</z:Consignee>"
                + "<q:ReplyDate xmlns:q=\"http://fsrar.ru/WEGAIS/ReplyNoAnswerTTN\">2026-11-23T10:00:00.1234567</q:ReplyDate>"
                + "<q:ttnlist xmlns:q=\"http://fsrar.ru/WEGAIS/ReplyNoAnswerTTN\"><q:NoAnswer><q:WbRegID>TTN-1</q:WbRegID></q:NoAnswer>"
                + "</q:ttnlist></a:ReplyNoAnswerTTN></a:Document></a:Documents>");
        assertThat(t.path("type").asText()).isEqualTo("ReplyNoAnswerTTN");
        assertThat(t.path("ReplyDate").asText()).isEqualTo("2026-11-23T10:00:00.1234567");
        assertThat(t.at("/ttnlist/NoAnswer/0/WbRegID").asText()).isEqualTo("TTN-1");
    }

    @Test
    void windows1251DocumentIsDecodedByItsDeclaration() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"windows-1251\"?><ns:Documents xmlns:ns=\"x\"><ns:Document>"
                + "<ns:ReplyClient_v2><c:Clients xmlns:c=\"y\"><c:Client><c:Name>Рога и копыта</c:Name></c:Client></c:Clients>"
                + "</ns:ReplyClient_v2></ns:Document></ns:Documents>";
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
            XmlJsonStreamer.stream(new StringReader(XmlText.decode(xml.getBytes("windows-1251"))), g);
        }
        assertThat(JSON.readTree(out.toString()).at("/Clients/Client/0/Name").asText()).isEqualTo("Рога и копыта");
    }
}
