package ru.egais.exchange.utm.xml;

import org.junit.jupiter.api.Test;
import ru.egais.exchange.testsupport.SharedEgais;
import ru.egais.exchange.utm.UtmAck;
import ru.egais.exchange.utm.UtmProtocolException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AckReaderTest {

    private static UtmAck read(String xml) throws UtmProtocolException {
        return AckReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsRealUtmAnswerWithTransportId() throws Exception {
        UtmAck ack = read(SharedEgais.sample("selyutinartyom-UTM/in_response.xml"));
        assertThat(ack.isError()).isFalse();
        assertThat(ack.replyId()).isEqualTo("4f564b2b-5f36-4ac0-9288-851b70aca12f");
        assertThat(ack.sign()).startsWith("589560D8");
        assertThat(ack.version()).isEqualTo("1");
    }

    @Test
    void errorUnderHttp200IsAnError() throws Exception {
        UtmAck ack = read("<?xml version=\"1.0\" encoding=\"UTF-8\"?><A><error>Ошибка проверки: элемент FSRAR_ID</error><ver>2</ver></A>");
        assertThat(ack.isError()).isTrue();
        assertThat(ack.error()).isEqualTo("Ошибка проверки: элемент FSRAR_ID");
    }

    @Test
    void emptyErrorElementStillCountsAsError() throws Exception {
        assertThat(read("<A><error/></A>").isError()).isTrue();
    }

    @Test
    void htmlOrGarbageIsAProtocolError() {
        assertThatThrownBy(() -> read("<html><body>503</body></html>")).isInstanceOf(UtmProtocolException.class);
        assertThatThrownBy(() -> read("not xml at all")).isInstanceOf(UtmProtocolException.class);
        assertThatThrownBy(() -> read("<A><ver>2</ver></A>")).isInstanceOf(UtmProtocolException.class);
    }

    @Test
    void refusesDtdAndExternalEntities() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE A [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><A><url>&x;</url></A>";
        assertThatThrownBy(() -> read(xxe)).isInstanceOf(UtmProtocolException.class);
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE A [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]><A><url>&b;</url></A>";
        assertThatThrownBy(() -> read(bomb)).isInstanceOf(UtmProtocolException.class);
    }
}
