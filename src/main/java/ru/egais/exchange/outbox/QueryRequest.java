package ru.egais.exchange.outbox;

import ru.egais.exchange.egais.EgaisQuery;
import ru.egais.exchange.egais.OutgoingDocumentType;
import ru.egais.exchange.egais.OutgoingDocumentTypes;
import ru.egais.exchange.egais.QueryParameter;
import ru.egais.exchange.utm.EgaisDocumentWriter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A query to EGAIS. {@code parameters} use UTM's own names (ИНН, КОД, СИО, ФОРМА2, WBREGID); the Latin spellings
 * INN, KOD/CODE, SIO, FORMA2/FORM2 are accepted too, because not every POS system types Cyrillic keys easily.
 */
public record QueryRequest(String type, String fsrarId, String externalId, Boolean immediate,
                           Map<String, String> parameters) implements DocumentRequest {

    static final String INN = "ИНН";
    static final String KOD = "КОД";
    static final String SIO = "СИО";
    static final String FORM2 = "ФОРМА2";
    static final String WBREGID = "WBREGID";
    /** QueryForm2History's one parameter: the F2 record whose movements are asked for. */
    static final String RFB = "RFB";

    private static final Map<String, String> ALIASES = Map.of(
            "INN", INN, "KOD", KOD, "CODE", KOD, "SIO", SIO, "FORMA2", FORM2, "FORM2", FORM2);
    private static final Pattern INN_RULE = Pattern.compile("[0-9]{10}|[0-9]{12}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,50}");
    private static final Pattern FORM2_RULE = Pattern.compile("FB-\\S{1,252}");
    private static final Pattern WBREGID_RULE = Pattern.compile("TTN-\\S{1,251}");

    /** Which parameters each query takes, and how many of them at once. */
    private record Rule(Set<String> allowed, int min, int max) {
    }

    private static final Map<String, Rule> RULES = Map.of(
            "QueryRests_v2", new Rule(Set.of(), 0, 0),
            "QueryRestsShop_v2", new Rule(Set.of(), 0, 0),
            "QueryAP", new Rule(Set.of(INN, KOD), 1, 1),
            "QueryClients", new Rule(Set.of(INN, KOD, SIO), 1, 1),
            "QueryRestBCode", new Rule(Set.of(FORM2), 1, 1),
            "QueryResendDoc", new Rule(Set.of(WBREGID), 1, 1),
            "QueryNATTN", new Rule(Set.of(KOD), 0, 1),
            "QueryForm2History", new Rule(Set.of(RFB), 1, 1));

    @Override
    public PreparedXml toXml() {
        RequestChecks checks = RequestChecks.common(fsrarId, externalId);
        OutgoingDocumentType documentType = OutgoingDocumentTypes.byApiName(type).orElseThrow();
        Rule rule = RULES.get(type);
        Map<String, String> named = canonicalNames(checks);
        for (String name : named.keySet()) {
            if (!rule.allowed.contains(name)) {
                checks.fail("parameters." + name, rule.allowed.isEmpty() ? "is not taken by " + type
                        : "is not taken by " + type + " (it takes " + String.join(", ", rule.allowed) + ")");
            }
        }
        if (named.size() < rule.min || named.size() > rule.max) {
            checks.fail("parameters", type + " takes " + (rule.min == rule.max ? "exactly " + rule.min : "at most " + rule.max)
                    + " of " + String.join(", ", rule.allowed));
        }
        named.forEach((name, value) -> checkValue(checks, name, value));
        checks.throwIfAny(type);

        List<QueryParameter> params = new ArrayList<>();
        named.forEach((name, value) -> params.add(new QueryParameter(name, value)));
        if ("QueryNATTN".equals(type) && params.isEmpty()) {
            // EGAIS asks for the organization's own FSRAR ID here; it is the only sensible value.
            params.add(new QueryParameter(KOD, fsrarId));
        }
        return new PreparedXml(documentType, EgaisDocumentWriter.query(fsrarId, new EgaisQuery(documentType.element(), params)));
    }

    private Map<String, String> canonicalNames(RequestChecks checks) {
        Map<String, String> named = new LinkedHashMap<>();
        if (parameters == null) {
            return named;
        }
        parameters.forEach((name, value) -> {
            String canonical = ALIASES.getOrDefault(name == null ? "" : name.strip().toUpperCase(java.util.Locale.ROOT),
                    name == null ? "" : name.strip().toUpperCase(java.util.Locale.ROOT));
            if (named.put(canonical, value) != null) {
                checks.fail("parameters." + name, "is given twice");
            }
        });
        return named;
    }

    private static void checkValue(RequestChecks checks, String name, String value) {
        String field = "parameters." + name;
        if (!checks.requireText(field, value, 255)) {
            return;
        }
        switch (name) {
            case INN -> checks.matches(field, value, INN_RULE, "must be an ИНН of 10 or 12 digits");
            case SIO -> checks.matches(field, value, DIGITS, "must be an FSRAR ID (digits only)");
            case FORM2, RFB -> checks.matches(field, value, FORM2_RULE, "must be an F2 registration id like FB-000001234567890");
            case WBREGID -> checks.matches(field, value, WBREGID_RULE, "must be a waybill registration id like TTN-0123456789");
            default -> {
            }
        }
    }
}
