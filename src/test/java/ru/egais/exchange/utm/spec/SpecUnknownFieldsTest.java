package ru.egais.exchange.utm.spec;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A field the spec does not declare is named, at any depth; every example has none. */
class SpecUnknownFieldsTest {

    private static final Set<String> ENVELOPE = Set.of("type", "fsrarId", "externalId", "immediate");

    static List<String> types() {
        return DocumentSpecRoundTripTest.types();
    }

    @ParameterizedTest
    @MethodSource("types")
    void everyExampleHasOnlyKnownFields(String type) throws Exception {
        ObjectNode example = DocumentSpecRoundTripTest.example(type);
        example.put("externalId", "pos-1").put("immediate", true);
        assertThat(SpecUnknownFields.find(DocumentSpecs.byApiName(type).orElseThrow(), example, ENVELOPE)).isEmpty();
    }

    @Test
    void aMisspeltFieldIsNamedAtItsDepth() throws Exception {
        ObjectNode act = DocumentSpecRoundTripTest.example("ActWriteOff_v3");
        ((ObjectNode) act.get("positions").get(1)).put("realQuantty", 2);
        act.put("notes", "x");
        List<String> fields = SpecUnknownFields.find(DocumentSpecs.byApiName("ActWriteOff_v3").orElseThrow(), act,
                ENVELOPE).stream().map(SpecValidator.Problem::field).toList();
        assertThat(fields).containsExactlyInAnyOrder("positions[1].realQuantty", "notes");
    }

    @Test
    void decimalsBeyondEighteenDigitsAreRefusedBeforeTheyAreWritten() {
        String[] problem = new String[1];
        assertThat(ValueType.DECIMAL.normalize("1e400", problem)).isNull();
        assertThat(problem[0]).contains("digits");
        assertThat(ValueType.DECIMAL.normalize("12345678901234567890", problem)).isNull();
        assertThat(ValueType.DECIMAL.normalize("1e100000000", problem)).isNull();
        assertThat(ValueType.DECIMAL.normalize("123456789012.123456", problem)).isEqualTo("123456789012.123456");
        assertThat(ValueType.DECIMAL.normalize("1.50", problem)).isEqualTo("1.5");
        assertThat(ru.egais.exchange.egais.SchemaDecimals.problem(new BigDecimal("1E+17"))).isNull();
        assertThat(ru.egais.exchange.egais.SchemaDecimals.problem(new BigDecimal("1E+18"))).isNotNull();
    }
}
