package ru.egais.exchange.utm.xml;

import ru.egais.exchange.utm.UtmListEntry;
import ru.egais.exchange.utm.UtmProtocolException;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** Reads UTM's document lists ({@code GET /opt/out}, {@code GET /opt/in}): {@code <A><url replyId="…">…</url>…</A>}. */
public final class UtmListReader {

    private UtmListReader() {
    }

    public static List<UtmListEntry> read(InputStream body) throws UtmProtocolException {
        return read(body, Integer.MAX_VALUE);
    }

    /**
     * Reads at most {@code maxEntries + 1} entries as they stream in and stops there, without reading the rest: a
     * list of any length costs memory for that many entries only. More than {@code maxEntries} returned means the
     * list went on.
     */
    public static List<UtmListEntry> read(InputStream body, int maxEntries) throws UtmProtocolException {
        XMLStreamReader r = null;
        try {
            r = SecureXml.reader(body);
            StaxCursor.toRoot(r);
            if (!"A".equals(r.getLocalName())) {
                throw new UtmProtocolException("UTM list has root <" + r.getLocalName() + ">, expected <A>");
            }
            List<UtmListEntry> entries = new ArrayList<>();
            while (StaxCursor.nextStart(r)) {
                switch (r.getLocalName()) {
                    case "url" -> {
                        String replyId = blankToNull(r.getAttributeValue(null, "replyId"));
                        String url = StaxCursor.text(r);
                        if (url != null) {
                            entries.add(new UtmListEntry(url, replyId));
                            if (entries.size() > maxEntries) {
                                return entries;
                            }
                        }
                    }
                    case "error" -> throw new UtmProtocolException("UTM list answered <error>: " + StaxCursor.text(r));
                    default -> StaxCursor.skip(r);
                }
            }
            return entries;
        } catch (XMLStreamException e) {
            throw new UtmProtocolException("UTM list is not well-formed XML: " + e.getMessage(), e);
        } finally {
            StaxCursor.closeQuietly(r);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
