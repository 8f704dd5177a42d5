package ru.egais.exchange.utm.spec;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import ru.egais.exchange.testsupport.SharedEgais;
import ru.egais.exchange.utm.SchemaValidator;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** Every spec'd document type: example JSON → XML valid against both schema sets → read back to the same JSON. */
class DocumentSpecRoundTripTest {

    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    /** Types the UTM 4.0.2 schema set does not declare (its WB_DOC_SINGLE_01.xsd has no such element). */
    static final java.util.Set<String> NEWEST_SET_ONLY = java.util.Set.of("ActWriteOff_v4");
    static SchemaValidator newest;
    static SchemaValidator utm402;

    @BeforeAll
    static void schemas() {
        newest = SchemaValidator.fromFolder(SharedEgais.xsd());
        utm402 = SchemaValidator.fromFolder(SharedEgais.utm402Xsd());
    }

    static List<String> types() {
        return StreamSupport.stream(DocumentSpecs.all().spliterator(), false).map(s -> s.type().apiName()).toList();
    }

    static ObjectNode example(String type) throws Exception {
        try (InputStream in = DocumentSpecs.class.getResourceAsStream("/examples/" + type + ".json")) {
            assertThat(in).as("an example for " + type).isNotNull();
            return (ObjectNode) JSON.readTree(in);
        }
    }

    @ParameterizedTest
    @MethodSource("types")
    void exampleIsValidWritesSchemaValidXmlAndReadsBackTheSame(String type) throws Exception {
        DocumentSpec spec = DocumentSpecs.byApiName(type).orElseThrow();
        ObjectNode example = example(type);
        assertThat(SpecValidator.validate(spec, example)).isEmpty();

        String xml = SpecWriter.write(example.get("fsrarId").asText(), spec, example);
        assertThat(newest.validate(xml)).as(xml).isEmpty();
        if (!NEWEST_SET_ONLY.contains(type)) {
            assertThat(utm402.validate(xml)).as(xml).isEmpty();
        }

        ObjectNode expected = example.deepCopy();
        expected.remove(List.of("type", "fsrarId", "externalId", "immediate"));
        assertThat(normalized(SpecReader.read(spec, xml))).isEqualTo(normalized(expected));
    }

    @Test
    void everyFieldAtFaultIsNamedByItsJsonPath() throws Exception {
        ObjectNode doc = example("ActWriteOff_v3");
        doc.put("typeWriteOff", "Украдено");
        doc.remove("actNumber");
        ObjectNode position = (ObjectNode) doc.withArray("positions").get(0);
        position.put("quantity", 0);
        position.put("informF1RegId", "FA-1"); // both F1 and F2: exactly one is allowed
        position.withArray("marks").add("not a mark");
        ((ObjectNode) doc.withArray("positions").get(1)).put("identity", "1");

        List<String> fields = SpecValidator.validate(DocumentSpecs.byApiName("ActWriteOff_v3").orElseThrow(), doc)
                .stream().map(SpecValidator.Problem::field).toList();
        assertThat(fields).contains("typeWriteOff", "actNumber", "positions[0].quantity",
                "positions[0].informF2RegId|informF1RegId", "positions[0].marks[1]", "positions[1].identity");
    }

    @Test
    void nestedObjectsAreCheckedToo() throws Exception {
        ObjectNode doc = example("ActWriteOffShop_v2");
        ObjectNode product = (ObjectNode) doc.withArray("positions").get(0).get("product");
        product.put("unitType", "Box");
        ((ObjectNode) product.get("producer")).put("inn", "123");
        ((ObjectNode) product.get("producer").get("address")).remove("regionCode");
        List<String> fields = SpecValidator.validate(DocumentSpecs.byApiName("ActWriteOffShop_v2").orElseThrow(), doc)
                .stream().map(SpecValidator.Problem::field).toList();
        assertThat(fields).containsExactlyInAnyOrder("positions[0].product.unitType",
                "positions[0].product.producer.inn", "positions[0].product.producer.address.regionCode");
    }

    /** Numbers compared by value (2 and 2.00 are the same quantity), everything else as is. */
    static JsonNode normalized(JsonNode node) {
        if (node.isNumber()) {
            return JSON.getNodeFactory().numberNode(new BigDecimal(node.asText()).stripTrailingZeros());
        }
        if (node.isObject()) {
            ObjectNode out = JSON.createObjectNode();
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            List<Map.Entry<String, JsonNode>> sorted = new ArrayList<>();
            fields.forEachRemaining(sorted::add);
            sorted.sort(Map.Entry.comparingByKey());
            sorted.forEach(e -> out.set(e.getKey(), normalized(e.getValue())));
            return out;
        }
        if (node.isArray()) {
            var out = JSON.createArrayNode();
            node.forEach(n -> out.add(normalized(n)));
            return out;
        }
        return node;
    }
}
