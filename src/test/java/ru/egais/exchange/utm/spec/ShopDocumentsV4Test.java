package ru.egais.exchange.utm.spec;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.testsupport.SharedEgais;
import ru.egais.exchange.utm.SchemaValidator;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.egais.exchange.utm.spec.DocumentSpecRoundTripTest.example;

/** ActWriteOff_v4's choice of Quantity or volume, and QueryBarcode's stamp codes, as the newest XSDs define them. */
class ShopDocumentsV4Test {

    static SchemaValidator newest;

    @BeforeAll
    static void schemas() {
        newest = SchemaValidator.fromFolder(SharedEgais.xsd());
    }

    private static List<String> problems(String type, ObjectNode doc) {
        return SpecValidator.validate(DocumentSpecs.byApiName(type).orElseThrow(), doc).stream()
                .map(p -> p.field() + ": " + p.message()).toList();
    }

    @Test
    void aWriteOffV4PositionTakesQuantityOrVolumeInsideWriteoffvolume() throws Exception {
        ObjectNode doc = example("ActWriteOff_v4");
        String xml = SpecWriter.write("030000123456", DocumentSpecs.byApiName("ActWriteOff_v4").orElseThrow(), doc);
        assertThat(xml).contains("<awr4:writeoffvolume><awr4:volume>250</awr4:volume></awr4:writeoffvolume>")
                .contains("<awr4:writeoffvolume><awr4:Quantity>2</awr4:Quantity></awr4:writeoffvolume>");
        assertThat(newest.validate(xml)).as(xml).isEmpty();
    }

    @Test
    void bothOrNeitherOfQuantityAndVolumeIsRefusedAndVolumeIsWholeMillilitres() throws Exception {
        ObjectNode doc = example("ActWriteOff_v4");
        ((ObjectNode) doc.withArray("positions").get(0)).put("quantity", 1);
        ((ObjectNode) doc.withArray("positions").get(1)).remove("quantity");
        assertThat(problems("ActWriteOff_v4", doc)).contains(
                "positions[0].quantity|volume: exactly one of quantity, volume is required",
                "positions[1].quantity|volume: exactly one of quantity, volume is required");

        ObjectNode fractional = example("ActWriteOff_v4");
        ((ObjectNode) fractional.withArray("positions").get(0)).put("volume", 0.5);
        assertThat(problems("ActWriteOff_v4", fractional))
                .containsExactly("positions[0].volume: must be a whole number of millilitres (0 or more)");
    }

    @Test
    void aBarcodeQueryNamesEachBadStampCodeAndRepeatedIdentity() throws Exception {
        ObjectNode doc = example("QueryBarcode");
        ObjectNode first = (ObjectNode) doc.withArray("marks").get(0);
        first.put("type", "999");
        first.put("rank", "12");
        ((ObjectNode) doc.withArray("marks").get(1)).put("identity", "1");
        doc.remove("date");
        assertThat(problems("QueryBarcode", doc)).extracting(p -> p.substring(0, p.indexOf(':')))
                .containsExactlyInAnyOrder("date", "marks[0].type", "marks[0].rank", "marks[1].identity");

        ObjectNode empty = example("QueryBarcode");
        empty.putArray("marks");
        assertThat(problems("QueryBarcode", empty)).anyMatch(p -> p.startsWith("marks"));
    }
}
