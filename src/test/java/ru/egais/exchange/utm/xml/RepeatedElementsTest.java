package ru.egais.exchange.utm.xml;

import org.junit.jupiter.api.Test;
import ru.egais.exchange.testsupport.SharedEgais;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The repeated-element data kept in the project is exactly what the official XSDs declare. */
class RepeatedElementsTest {

    @Test
    void theDataFileMatchesTheSchemas() throws Exception {
        String derived = SchemaElementPairs.render(SchemaElementPairs.derive(
                List.of(SharedEgais.xsd(), SharedEgais.utm402Xsd())));
        String kept;
        try (InputStream in = RepeatedElements.class.getResourceAsStream(RepeatedElements.RESOURCE)) {
            kept = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(kept).as("regenerate with: java -cp target/classes " + SchemaElementPairs.class.getName()
                + " ../shared/egais/xsd ../shared/egais/xsd/utm-4.0.2 src/main/resources/egais/element-pairs.txt")
                .isEqualTo(derived);
    }

    @Test
    void pairsFollowTheSchemasAndUnknownPairsFallBackToKnownNames() {
        assertThat(RepeatedElements.isRepeated("boxInfo", "boxtree")).isTrue();
        assertThat(RepeatedElements.isRepeated("boxtree", "boxnum")).isTrue();
        assertThat(RepeatedElements.isRepeated("Content", "Position")).isTrue();
        assertThat(RepeatedElements.isRepeated("Position", "Product")).as("one product per position").isFalse();
        assertThat(RepeatedElements.isRepeated("WayBill_v4", "Header")).isFalse();
        assertThat(RepeatedElements.isRepeated("SomeFutureList", "Position")).as("fallback").isTrue();
        assertThat(RepeatedElements.pairs()).hasSizeGreaterThan(1000);
    }
}
