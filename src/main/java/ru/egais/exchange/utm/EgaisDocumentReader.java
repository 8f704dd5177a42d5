package ru.egais.exchange.utm;

import com.fasterxml.jackson.core.JsonGenerator;
import ru.egais.exchange.egais.ClassifierEntries;
import ru.egais.exchange.egais.Confirmation;
import ru.egais.exchange.egais.ConsigneeAct;
import ru.egais.exchange.egais.EnvelopeInfo;
import ru.egais.exchange.egais.IncomingWaybill;
import ru.egais.exchange.egais.NoAnswerWaybill;
import ru.egais.exchange.egais.RepealRequest;
import ru.egais.exchange.egais.RestsVisitor;
import ru.egais.exchange.egais.Ticket;
import ru.egais.exchange.egais.WaybillRegistration;
import ru.egais.exchange.utm.xml.ChequeSums;
import ru.egais.exchange.utm.xml.AckReader;
import ru.egais.exchange.utm.xml.ClassifierReplyReader;
import ru.egais.exchange.utm.xml.DocumentIdentityReader;
import ru.egais.exchange.utm.xml.EnvelopeReader;
import ru.egais.exchange.utm.xml.RestsReader;
import ru.egais.exchange.utm.xml.SupplierDocumentReader;
import ru.egais.exchange.utm.xml.TicketReader;
import ru.egais.exchange.utm.xml.XmlJsonStreamer;
import ru.egais.exchange.utm.xml.XmlText;

import javax.xml.stream.XMLStreamException;
import java.io.IOException;
import java.math.BigDecimal;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;

/**
 * The one way the rest of the service reads EGAIS documents — what UTM holds for us, and our own stored ones: each
 * family (envelope, ticket, supplier documents, classifier replies, stock replies) comes back as a record of
 * {@code egais}, and a document that cannot be read is a {@link UtmDocumentUnreadable}, never a parser's type.
 */
public final class EgaisDocumentReader {

    private EgaisDocumentReader() {
    }

    /** Owner and the element under {@code ns:Document}; stops there, so a 50 MB reply costs what a ticket does. */
    public static EnvelopeInfo envelope(String xml) throws UtmDocumentUnreadable {
        return read(() -> EnvelopeReader.read(xml));
    }

    /** As {@link #envelope(String)}, from a stream of text. */
    public static EnvelopeInfo envelope(Reader xml) throws UtmDocumentUnreadable {
        return read(() -> EnvelopeReader.read(xml));
    }

    /** The {@code Identity} directly under the document element of one of our documents, if it has one. */
    public static Optional<String> identity(String xml) throws UtmDocumentUnreadable {
        return read(() -> DocumentIdentityReader.read(xml));
    }

    public static Ticket ticket(String xml) throws UtmDocumentUnreadable {
        return read(() -> TicketReader.read(xml));
    }

    public static IncomingWaybill waybill(String xml) throws UtmDocumentUnreadable {
        return read(() -> SupplierDocumentReader.readWaybill(xml));
    }

    public static WaybillRegistration registration(String xml) throws UtmDocumentUnreadable {
        return read(() -> SupplierDocumentReader.readRegistration(xml));
    }

    public static Confirmation confirmation(String xml) throws UtmDocumentUnreadable {
        return read(() -> SupplierDocumentReader.readConfirmation(xml));
    }

    public static RepealRequest repealRequest(String xml) throws UtmDocumentUnreadable {
        return read(() -> SupplierDocumentReader.readRepealRequest(xml));
    }

    public static ConsigneeAct consigneeAct(String xml) throws UtmDocumentUnreadable {
        return read(() -> SupplierDocumentReader.readConsigneeAct(xml));
    }

    public static List<NoAnswerWaybill> noAnswer(String xml) throws UtmDocumentUnreadable {
        return read(() -> SupplierDocumentReader.readNoAnswer(xml));
    }

    /** The act's registration id ({@code ActRegId}), as EGAIS states it in a waybill act's document. */
    public static String actRegId(String xml) throws UtmDocumentUnreadable {
        return read(() -> SupplierDocumentReader.readActRegId(xml));
    }

    /** The waybill registration id ({@code WBRegId}) a document names. */
    public static String wbRegId(String xml) throws UtmDocumentUnreadable {
        return read(() -> SupplierDocumentReader.readWbRegId(xml));
    }

    /** The sum of a retail cheque we stored (Price × Quantity of each line), or null when its text cannot be read. */
    public static BigDecimal chequeSum(String xml) {
        return ChequeSums.sum(xml);
    }

    /**
     * UTM's {@code <A>} answer to a posted document, as a workstation hands it over: a garbled one is a
     * {@link UtmProtocolException} (UTM did answer, so the document may have arrived).
     */
    public static UtmAck ack(String answer) throws UtmProtocolException {
        return AckReader.read(new java.io.ByteArrayInputStream(answer.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** Whether {@link #classifiers} reads documents of this element (ReplyAP, ReplyClient…). */
    public static boolean readsClassifiers(String documentElement) {
        return ClassifierReplyReader.reads(documentElement);
    }

    /** A classifier reply, streamed: a ReplyAP for a producer's whole range can be large. */
    public static ClassifierEntries classifiers(Reader xml) throws UtmDocumentUnreadable {
        return read(() -> ClassifierReplyReader.read(xml));
    }

    /** A stock reply, one position at a time (a 100,000-position reply is never held in memory). */
    public static void rests(Reader xml, RestsVisitor visitor) throws UtmDocumentUnreadable {
        read(() -> {
            RestsReader.read(xml, visitor);
            return null;
        });
    }

    /** Streams a document's content as JSON (the element under {@code ns:Document}), for the API to show. */
    public static void toJson(Reader xml, JsonGenerator out) throws UtmDocumentUnreadable, IOException {
        try {
            XmlJsonStreamer.stream(xml, out);
        } catch (XMLStreamException e) {
            throw new UtmDocumentUnreadable(e);
        }
    }

    /** The charset a document's first characters declare (UTF-8 when it declares none we know). */
    public static Charset declaredCharset(CharSequence head) {
        return XmlText.declaredCharset(head);
    }

    /**
     * A document's bytes as text, refusing (with a {@link java.nio.charset.CharacterCodingException} on read) a
     * byte not valid in the declared encoding, and windows-1251 text that is really mislabelled UTF-8.
     */
    public static Reader strictText(InputStream in) throws IOException {
        return XmlText.strictReaderRefusingMislabelled(in);
    }

    /** As {@link #strictText}, but replacing bad bytes instead of refusing them. */
    public static Reader lenientText(InputStream in) throws IOException {
        return XmlText.reader(in, false);
    }

    /**
     * Writes a document's text as UTF-8 to {@code out}, refusing it as {@link #strictText} does; a UTF-8 document
     * passes as its own bytes (after any BOM), checked but never decoded. Returns the text's length in characters.
     */
    public static long strictTextAsUtf8(InputStream in, java.io.OutputStream out) throws IOException {
        return XmlText.transferAsUtf8(in, out, true);
    }

    /**
     * A sink for a document's bytes as they are downloaded that passes its text, as UTF-8, to {@code utf8} — the
     * bytes {@link #strictTextAsUtf8} would write — when the document is valid UTF-8; see
     * {@link DocumentTextSink#characters()} for the rest.
     */
    public static DocumentTextSink textSink(java.io.OutputStream utf8) {
        return XmlText.utf8Sink(utf8);
    }

    /** As {@link #strictTextAsUtf8}, but replacing bad bytes as {@link #lenientText} does. */
    public static long lenientTextAsUtf8(InputStream in, java.io.OutputStream out) throws IOException {
        return XmlText.transferAsUtf8(in, out, false);
    }

    private interface Read<T> {
        T run() throws XMLStreamException;
    }

    private static <T> T read(Read<T> read) throws UtmDocumentUnreadable {
        try {
            return read.run();
        } catch (XMLStreamException e) {
            throw new UtmDocumentUnreadable(e);
        }
    }
}
