package ru.egais.exchange.utm;

import com.fasterxml.jackson.databind.JsonNode;
import ru.egais.exchange.egais.ChequeDocument;
import ru.egais.exchange.egais.EgaisQuery;
import ru.egais.exchange.egais.OutgoingDocumentType;
import ru.egais.exchange.egais.WayBillActV4;
import ru.egais.exchange.utm.spec.DocumentSpec;
import ru.egais.exchange.utm.spec.DocumentSpecs;
import ru.egais.exchange.utm.spec.SpecUnknownFields;
import ru.egais.exchange.utm.spec.SpecValidator;
import ru.egais.exchange.utm.spec.SpecWriter;
import ru.egais.exchange.utm.xml.ChequeWriter;
import ru.egais.exchange.utm.xml.QueryWriter;
import ru.egais.exchange.utm.xml.WayBillActWriter;
import ru.egais.exchange.utm.xml.WellFormedness;
import ru.egais.exchange.utm.xml.XmlEncoding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one way the rest of the service makes the EGAIS XML it sends: callers hand over a record (a query, an act, a
 * cheque) or a JSON document of a spec'd type and get the prepared text back; every outgoing document shares the
 * {@code ns:Documents} envelope written in one place (cheques, which UTM signs at {@code /xml}, have their own root).
 * A ready document a client posts is checked here too (its encoding, well-formedness), so no parser leaves {@code utm}.
 */
public final class EgaisDocumentWriter {

    /** One field of a JSON document at fault, named by its JSON path. */
    public record FieldProblem(String field, String message) {
    }

    private EgaisDocumentWriter() {
    }

    /** A query whose content is {@code qp:QueryParameters} (QueryRests_v2, QueryAP, QueryClients…). */
    public static String query(String fsrarId, EgaisQuery query) {
        return QueryWriter.write(fsrarId, query);
    }

    /** Our answer to a supplier's waybill (WayBillAct_v4). */
    public static String wayBillAct(String fsrarId, WayBillActV4 act) {
        return WayBillActWriter.write(fsrarId, act);
    }

    /** A retail cheque (ChequeV3 / ChequeV4) for UTM's {@code POST /xml}. */
    public static String cheque(ChequeDocument cheque) {
        return ChequeWriter.write(cheque);
    }

    /** The type of a document whose JSON shape is declared by a spec (WayBill_v4, ActWriteOff_v3…), if it is one. */
    public static Optional<OutgoingDocumentType> specType(String apiName) {
        return DocumentSpecs.byApiName(apiName).map(DocumentSpec::type);
    }

    /**
     * Every field of a spec'd JSON document at fault: first fields the spec does not know (besides {@code envelope},
     * the request's own fields), then those that break its rules.
     */
    public static List<FieldProblem> specProblems(String apiName, JsonNode document, Set<String> envelope) {
        DocumentSpec spec = DocumentSpecs.byApiName(apiName).orElseThrow();
        List<FieldProblem> problems = new ArrayList<>();
        SpecUnknownFields.find(spec, document, envelope).forEach(p -> problems.add(new FieldProblem(p.field(), p.message())));
        SpecValidator.validate(spec, document).forEach(p -> problems.add(new FieldProblem(p.field(), p.message())));
        return problems;
    }

    /** The XML of a spec'd JSON document that {@link #specProblems} found without fault. */
    public static String specDocument(String fsrarId, String apiName, JsonNode document) {
        return SpecWriter.write(fsrarId, DocumentSpecs.byApiName(apiName).orElseThrow(), document);
    }

    /**
     * A ready document's bytes as text, decoded by its XML declaration (UTF-8 without one); bytes not valid in the
     * declared encoding are refused (the message names the offset) rather than stored as U+FFFD and sent.
     */
    public static String readyDocumentText(byte[] bytes) throws UtmDocumentUnreadable {
        try {
            return XmlEncoding.decodeDeclared(bytes);
        } catch (XmlEncoding.InvalidBytes e) {
            throw new UtmDocumentUnreadable(e);
        }
    }

    /** Empty when the text is well-formed XML, otherwise the parser's complaint with its position. */
    public static Optional<String> wellFormednessProblem(String xml) {
        return WellFormedness.problem(xml);
    }
}
