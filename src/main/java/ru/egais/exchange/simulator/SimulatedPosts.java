package ru.egais.exchange.simulator;

import ru.egais.exchange.utm.xml.XmlEncoding;
import ru.egais.exchange.utm.xml.XmlText;

import javax.xml.stream.XMLStreamException;
import java.util.Optional;

/**
 * What the simulated UTM does with a posted file, as a real one does: {@code /opt/in} checks the multipart shape, the
 * encoding, the envelope, the key's FSRAR ID and (when given) the schemas before it takes a document; {@code /xml}
 * signs a cheque at once. Each answer is UTM's {@code <A>} text; the faults that change it are applied here.
 */
final class SimulatedPosts {

    private final UtmSimulator utm;

    SimulatedPosts(UtmSimulator utm) {
        this.utm = utm;
    }

    /** POST /opt/in/{type}: checks the document as UTM does, answers {@code <A>}, and lets EGAIS answer later. */
    String receive(String contentType, byte[] body, String utmPath) {
        Optional<byte[]> file = MultipartXmlFile.extract(contentType, body);
        if (file.isEmpty()) {
            return UtmProtocolAnswers.error("Не найден файл xml_file в запросе multipart/form-data");
        }
        if (utm.faults.garbage) {
            return ""; // answered with garbage bytes below; like a broken UTM, it did not take the document
        }
        if (utm.faults.errorUnder200 != null) {
            return UtmProtocolAnswers.error(utm.faults.errorUnder200);
        }
        String xml;
        try {
            // A real UTM refuses a file whose bytes contradict its declared encoding.
            xml = XmlEncoding.decodeDeclared(file.get());
        } catch (XmlEncoding.InvalidBytes e) {
            return UtmProtocolAnswers.error("Ошибка разбора XML: неверная кодировка: " + e.getMessage());
        }
        ReceivedScan scan;
        try {
            scan = ReceivedScan.of(xml);
        } catch (XMLStreamException e) {
            return UtmProtocolAnswers.error("Ошибка разбора XML: " + String.valueOf(e.getMessage()).replace('\n', ' '));
        }
        if (!"Documents".equals(scan.root()) || scan.documentElement() == null) {
            return UtmProtocolAnswers.error("Документ не соответствует схеме WB_DOC_SINGLE_01: корневой элемент "
                    + scan.root());
        }
        if (!utm.fsrarId().equals(scan.ownerFsrarId())) {
            return UtmProtocolAnswers.error("Неверный FSRAR_ID в документе: " + scan.ownerFsrarId()
                    + ", ключ выдан для " + utm.fsrarId());
        }
        if (utm.schemas != null) {
            Optional<String> invalid = utm.schemas.validate(xml);
            if (invalid.isPresent()) {
                return UtmProtocolAnswers.error("XML-документ не соответствует схеме: " + invalid.get());
            }
        }
        String replyId = utm.accept(utmPath, scan, xml, false);
        return UtmProtocolAnswers.ack(replyId, UtmSignatures.fake(xml));
    }

    /** POST /xml: a retail cheque, signed at once (no EGAIS round trip), or refused with {@code <error>}. */
    String signCheque(String contentType, byte[] body) {
        Optional<byte[]> file = MultipartXmlFile.extract(contentType, body);
        if (file.isEmpty()) {
            return UtmProtocolAnswers.error("Не найден файл xml_file в запросе multipart/form-data");
        }
        if (utm.faults.garbage) {
            return "";
        }
        if (utm.faults.errorUnder200 != null) {
            return UtmProtocolAnswers.error(utm.faults.errorUnder200);
        }
        String xml = XmlText.decode(file.get());
        if (utm.schemas != null) {
            Optional<String> invalid = utm.schemas.validate(xml);
            if (invalid.isPresent()) {
                return UtmProtocolAnswers.error("XML-документ не соответствует схеме: " + invalid.get());
            }
        }
        return utm.cheques.sign(xml);
    }
}
