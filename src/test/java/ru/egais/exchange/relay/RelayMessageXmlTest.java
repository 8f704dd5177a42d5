package ru.egais.exchange.relay;

import org.junit.jupiter.api.Test;
import ru.egais.exchange.document.DocumentStatus;
import ru.egais.exchange.relay.xml.RelayMessageReader;
import ru.egais.exchange.relay.xml.RelayMessageUnreadable;
import ru.egais.exchange.relay.xml.RelayMessageWriter;

import javax.xml.stream.XMLStreamException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RelayMessageXmlTest {

    private static final String EGAIS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ns:Documents xmlns:ns=\"x\">"
            + "<ns:Note>  бой 2 бутылки &amp; ]]> \r\n</ns:Note></ns:Documents>\n";

    @Test
    void everyKindOfChangeSurvivesTheRoundTripWithEmbeddedXmlUntouched() throws Exception {
        Instant t = Instant.parse("2026-11-23T10:15:30.123Z");
        RelayMessage message = new RelayMessage("EGAIS", "HQ", "S1", 17, 12, List.of(
                new RelayChange.Transmit("hq-1", "030000123456", "QueryRests_v2", EGAIS),
                new RelayChange.Refusal("hq-2", "030000123456", "WayBillAct_v4", "no settings for 030000123456"),
                new RelayChange.DocumentState("d-1", "hq-1", "030000123456", "QueryRests_v2", DocumentStatus.REJECTED,
                        "r-1", "ошибка <error>", t, t),
                new RelayChange.DocumentState("d-2", null, "030000123456", "QueryAP", DocumentStatus.QUEUED, null,
                        null, t, t),
                new RelayChange.IncomingState("i-1", "030000123456", "Ticket", "r-1", "PROCESSED", t, EGAIS)));

        RelayMessage read = RelayMessageReader.read(RelayMessageWriter.write(message));

        assertThat(read).isEqualTo(message);
        assertThat(read.fileName()).isEqualTo("Message_EGAIS_HQ_S1_17.xml");
    }

    @Test
    void aDtdIsRefused() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<RelayMessage xmlns=\"urn:egais-exchange:relay:1\" exchange=\"E\" from=\"A\" to=\"B\" number=\"1\" "
                + "received=\"0\"><Refusal externalId=\"e\" fsrarId=\"f\">&x;</Refusal></RelayMessage>";
        assertThatThrownBy(() -> RelayMessageReader.read(xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(RelayMessageUnreadable.class).hasCauseInstanceOf(XMLStreamException.class);
    }

    @Test
    void anUnknownChangeIsRefusedNotSkipped() {
        String xml = "<RelayMessage xmlns=\"urn:egais-exchange:relay:1\" exchange=\"E\" from=\"A\" to=\"B\" "
                + "number=\"2\" received=\"0\"><Teleport id=\"1\"/></RelayMessage>";
        assertThatThrownBy(() -> RelayMessageReader.read(xml.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("unknown change <Teleport>");
    }

    @Test
    void fileNamesCarryTheExchangeTheNodesAndTheNumber() {
        assertThat(RelayFileName.parse("Message_EGAIS_HQ_S-1_1234.xml"))
                .contains(new RelayFileName.Parsed("EGAIS", "HQ", "S-1", 1234));
        assertThat(RelayFileName.parse("Message_HQ_S1.xml")).isEmpty();
        assertThat(RelayFileName.parse("Request_EGAIS_HQ_S1.flag")).isEmpty();
        assertThat(RelayFileName.uploadRequest("EGAIS", "HQ", "S1")).isEqualTo("Request_EGAIS_HQ_S1.flag");
    }
}
