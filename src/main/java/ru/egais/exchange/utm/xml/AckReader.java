package ru.egais.exchange.utm.xml;

import ru.egais.exchange.utm.UtmAck;
import ru.egais.exchange.utm.UtmProtocolException;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;

/** Reads UTM's {@code <A>} answer to a POST of a document. */
public final class AckReader {

    private AckReader() {
    }

    public static UtmAck read(InputStream body) throws UtmProtocolException {
        XMLStreamReader r = null;
        try {
            r = SecureXml.reader(body);
            StaxCursor.toRoot(r);
            if (!"A".equals(r.getLocalName())) {
                throw new UtmProtocolException("UTM answer has root <" + r.getLocalName() + ">, expected <A>");
            }
            String url = null;
            String sign = null;
            String ver = null;
            String error = null;
            while (StaxCursor.nextStart(r)) {
                switch (r.getLocalName()) {
                    case "url" -> url = StaxCursor.text(r);
                    case "sign" -> sign = StaxCursor.text(r);
                    case "ver" -> ver = StaxCursor.text(r);
                    // An <error> element with no text is still an error: keep a placeholder so it is not lost.
                    case "error" -> error = orElse(StaxCursor.text(r), "UTM returned an empty <error>");
                    default -> StaxCursor.skip(r);
                }
            }
            if (error == null && url == null) {
                throw new UtmProtocolException("UTM answer <A> has neither <url> nor <error>");
            }
            return new UtmAck(url, sign, ver, error);
        } catch (XMLStreamException e) {
            throw new UtmProtocolException("UTM answer is not well-formed XML: " + e.getMessage(), e);
        } finally {
            StaxCursor.closeQuietly(r);
        }
    }

    private static String orElse(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
