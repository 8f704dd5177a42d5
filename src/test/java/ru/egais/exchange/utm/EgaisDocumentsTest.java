package ru.egais.exchange.utm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.egais.EgaisQuery;
import ru.egais.exchange.egais.QueryParameter;
import ru.egais.exchange.egais.RestsPosition;
import ru.egais.exchange.egais.RestsVisitor;

import javax.xml.stream.XMLStreamException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The adapter's two document entry points: records and one checked exception out, the parser kept inside. */
class EgaisDocumentsTest {

    private static final Set<String> ENVELOPE = Set.of("type", "fsrarId", "externalId", "immediate");

    /** The shipped example of a spec'd type (src/main/resources/examples), as a POS would send it. */
    private static ObjectNode example(String type) throws Exception {
        try (java.io.InputStream in = EgaisDocumentsTest.class.getResourceAsStream("/examples/" + type + ".json")) {
            return (ObjectNode) new ObjectMapper()
                    .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(in);
        }
    }

    @Test
    void anUnreadableDocumentIsUnreadableWithTheParsersOwnMessageWhichCallersStore() {
        assertThatThrownBy(() -> EgaisDocumentReader.ticket("<ns:Documents><unclosed>"))
                .isInstanceOf(UtmDocumentUnreadable.class)
                .hasCauseInstanceOf(XMLStreamException.class)
                .satisfies(e -> assertThat(e.getMessage()).isEqualTo(e.getCause().getMessage()).isNotBlank());
    }

    @Test
    void aDocumentWeWriteIsReadBackThroughTheReader() throws UtmDocumentUnreadable {
        String xml = EgaisDocumentWriter.query("030000000001",
                new EgaisQuery("QueryAP", List.of(new QueryParameter("ИНН", "7701234567"))));

        assertThat(EgaisDocumentReader.envelope(xml).ownerFsrarId()).isEqualTo("030000000001");
        assertThat(EgaisDocumentReader.envelope(xml).documentElement()).isEqualTo("QueryAP");
        assertThat(EgaisDocumentWriter.wellFormednessProblem(xml)).isEmpty();
        assertThat(EgaisDocumentWriter.wellFormednessProblem(xml.substring(0, xml.length() - 5))).isPresent();
    }

    @Test
    void aStockReplyComesAsRecordsOneAtATime() throws UtmDocumentUnreadable {
        String xml = "<Documents><Document><ReplyRests_v2><RestsDate>2026-12-01T10:00:00</RestsDate><Products>"
                + "<StockPosition><Quantity>3</Quantity><InformF1RegId>FA-1</InformF1RegId>"
                + "<InformF2RegId>FB-1</InformF2RegId><Product><AlcCode>A1</AlcCode></Product></StockPosition>"
                + "</Products></ReplyRests_v2></Document></Documents>";
        List<RestsPosition> positions = new ArrayList<>();
        String[] date = new String[1];
        EgaisDocumentReader.rests(new StringReader(xml), new RestsVisitor() {
            @Override
            public void restsDate(String d) {
                date[0] = d;
            }

            @Override
            public void position(RestsPosition p) {
                positions.add(p);
            }
        });
        assertThat(date[0]).isEqualTo("2026-12-01T10:00:00");
        assertThat(positions).containsExactly(new RestsPosition("FA-1", "FB-1", "A1", null, null, new BigDecimal("3")));
    }

    @Test
    void aReadyDocumentsBytesNotValidInTheDeclaredEncodingAreRefusedWithTheOffset() {
        byte[] bytes = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><a>\u00ff</a>".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> EgaisDocumentWriter.readyDocumentText(bytes))
                .isInstanceOf(UtmDocumentUnreadable.class).hasMessageContaining("at byte");
    }

    @Test
    void aSpecDocumentsUnknownFieldsAreNamedBeforeItsRuleBreachesAndAValidOneIsWritten() throws Exception {
        ObjectNode act = example("ActWriteOff_v3");
        assertThat(EgaisDocumentWriter.specProblems("ActWriteOff_v3", act, ENVELOPE)).isEmpty();
        String xml = EgaisDocumentWriter.specDocument("030000000001", "ActWriteOff_v3", act);
        assertThat(EgaisDocumentReader.envelope(xml).documentElement()).isEqualTo("ActWriteOff_v3");
        assertThat(EgaisDocumentWriter.specType("ActWriteOff_v3")).isPresent();
        assertThat(EgaisDocumentWriter.specType("QueryAP")).isEmpty();

        act.put("notes", "x");
        act.remove("positions");
        List<String> fields = EgaisDocumentWriter.specProblems("ActWriteOff_v3", act, ENVELOPE).stream()
                .map(EgaisDocumentWriter.FieldProblem::field).toList();
        assertThat(fields).first().isEqualTo("notes");
        assertThat(fields).hasSizeGreaterThan(1);
    }
}
