package ru.egais.exchange.utm.xml;

import org.junit.jupiter.api.Test;
import ru.egais.exchange.testsupport.SharedEgais;
import ru.egais.exchange.utm.UtmListEntry;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class UtmListReaderTest {

    private static List<UtmListEntry> read(String xml) throws Exception {
        return UtmListReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void realEmptyListHasNoEntries() throws Exception {
        assertThat(read(SharedEgais.sample("selyutinartyom-UTM/out.xml"))).isEmpty();
    }

    @Test
    void readsUrlsWithAndWithoutReplyId() throws Exception {
        List<UtmListEntry> entries = read("""
                <?xml version="1.0" encoding="UTF-8" standalone="no"?>
                <A>
                  <url replyId="349a50a4-367d-4bb3-8dca-6b149062902b">http://localhost:8080/opt/out/Ticket/4</url>
                  <url>http://localhost:8080/opt/out/WayBill_v4/5</url>
                  <ver>2</ver>
                </A>""");
        assertThat(entries).containsExactly(
                new UtmListEntry("http://localhost:8080/opt/out/Ticket/4", "349a50a4-367d-4bb3-8dca-6b149062902b"),
                new UtmListEntry("http://localhost:8080/opt/out/WayBill_v4/5", null));
    }
}
