package ru.egais.exchange.inbox;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import ru.egais.exchange.utm.EgaisDocumentReader;
import ru.egais.exchange.utm.UtmDocumentUnreadable;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.util.Iterator;
import java.util.Map;

/**
 * An incoming document as JSON: its row, and under {@code content} what it says, streamed from the XML so that a
 * large stock reply is written as it is read.
 */
@ApplicationScoped
public class IncomingContentWriter {

    private final IncomingQueries queries;
    private final ObjectMapper json;

    public IncomingContentWriter(IncomingQueries queries, ObjectMapper json) {
        this.queries = queries;
        this.json = json;
    }

    /** Writes a document's JSON to the stream it is given, once the caller (the HTTP layer) has one. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    public Body incomingWithContent(String id) {
        IncomingView view = queries.getIncoming(id);
        boolean readable = view.status() != IncomingStatus.FAILED && view.status() != IncomingStatus.QUARANTINED
                && view.bodyRemovedAt() == null; // retention removed the text: the row is shown, content is null
        Reader xml = readable ? queries.openIncomingXml(id) : null;
        JsonNode row = json.valueToTree(view);
        return out -> {
            try (JsonGenerator g = json.getFactory().createGenerator(out); Reader text = xml) {
                g.writeStartObject();
                for (Iterator<Map.Entry<String, JsonNode>> it = row.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    g.writeFieldName(field.getKey());
                    g.writeTree(field.getValue());
                }
                g.writeFieldName("content");
                if (xml == null) {
                    g.writeNull();
                } else {
                    EgaisDocumentReader.toJson(text, g);
                }
                g.writeEndObject();
            } catch (UtmDocumentUnreadable e) {
                // Processing read this document already; a failure here means the stored text changed underneath.
                throw new IOException("incoming " + id + " cannot be read: " + e.getMessage(), e);
            }
        };
    }
}
