package ru.egais.exchange.utm.spec;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The vocabulary document specs are declared in, and the pieces many documents share. */
final class Specs {

    static final String PREF = "pref";
    static final String OREF = "oref";
    static final String CE = "ce";
    static final String PDF417_RULE = "must be an excise mark code (as scanned from the stamp)";
    /** EGCommon.xsd PDF417String: the 150-character stamp code, the 68-character one, or 40 digits. */
    static final Pattern MARK = Pattern.compile(
            "([1-9]\\d{2}|\\d([1-9]\\d|\\d[1-9])){2}([1-9]\\d{7}|\\d([1-9]\\d{6}|\\d([1-9]\\d{5}|\\d([1-9]\\d{4}|\\d([1-9]\\d{3}"
                    + "|\\d([1-9]\\d{2}|\\d([1-9]\\d|\\d[1-9])))))))(0[1-9]|1[0-2])(1[8-9]|[2-9][0-9])([1-9]\\d{2}|\\d([1-9]\\d|\\d[1-9]))"
                    + "[0-9A-Z]{129}|\\d\\d[a-zA-Z0-9]{21}\\d[0-1]\\d[0-3]\\d{10}[a-zA-Z0-9]{31}|[0-9]{40}");

    private Specs() {
    }

    static Leaf text(String prefix, String xml, String json) {
        return new Leaf(prefix, xml, json, ValueType.TEXT);
    }

    static Leaf date(String prefix, String xml, String json) {
        return new Leaf(prefix, xml, json, ValueType.DATE);
    }

    static Leaf dateTime(String prefix, String xml, String json) {
        return new Leaf(prefix, xml, json, ValueType.DATE_TIME);
    }

    static Leaf decimal(String prefix, String xml, String json) {
        return new Leaf(prefix, xml, json, ValueType.DECIMAL);
    }

    static Leaf positive(String prefix, String xml, String json) {
        return new Leaf(prefix, xml, json, ValueType.POSITIVE_DECIMAL);
    }

    /** A required container element reading the same JSON object. */
    static Group header(String prefix, String xml, SpecNode... children) {
        return new Group(prefix, xml, null, true, List.of(children));
    }

    /** A container element reading a nested JSON object. */
    static Group object(String prefix, String xml, String json, boolean required, SpecNode... children) {
        return new Group(prefix, xml, json, required, List.of(children));
    }

    /** Content/Position from the JSON array "positions", at least one, identities unique. */
    static Repeat positions(String prefix, SpecNode... children) {
        return new Repeat(prefix, "Content", "Position", "positions", 1, List.of(children), List.of("identity"));
    }

    /** Exactly one of the groups, chosen by which one the JSON fills. */
    static Switch oneOf(String prefix, Group... cases) {
        Map<String, Group> byName = new LinkedHashMap<>();
        Arrays.stream(cases).forEach(g -> byName.put(g.xml(), g));
        return new Switch(prefix, "", null, null, byName);
    }

    /** Exactly one of the elements (an xs:choice of plain elements, e.g. ActWriteOff_v4's Quantity | volume). */
    static Switch oneElement(String prefix, Leaf... choices) {
        Map<String, Group> byName = new LinkedHashMap<>();
        Arrays.stream(choices).forEach(l -> byName.put(l.xml(), new Group(prefix, null, null, true, List.of(l))));
        return new Switch(prefix, "", null, null, byName);
    }

    /** Marks ("marks": [...]) as repeated {@code item} elements inside the given containers. */
    static TextList marks(String itemPrefix, String item, String[]... containers) {
        return new TextList(itemPrefix, item, "marks", List.of(containers), MARK, PDF417_RULE);
    }

    static String[] at(String prefix, String xml) {
        return new String[]{prefix, xml};
    }

    static Leaf identity(String prefix) {
        return text(prefix, "Identity", "identity").max(50);
    }

    static Leaf positionIdentity(String prefix) {
        return text(prefix, "Identity", "identity").required().max(50);
    }

    static Leaf note(String prefix) {
        return text(prefix, "Note", "note").max(500);
    }

    static Leaf number(String prefix, String xml, String json) {
        return text(prefix, xml, json).required().max(50);
    }

    /** A product as EGAIS's ProductInfo_v2 describes it, from the JSON object "product". */
    static Group product(String prefix) {
        return object(prefix, "Product", "product", true,
                text(PREF, "UnitType", "unitType").required().oneOf("Packed", "Unpacked"),
                text(PREF, "Type", "type").oneOf("АП", "ССП", "ССНП", "Спирт", "УБП", "ССПП", "СЛС", "ФАРМ", "ЭС"),
                text(PREF, "FullName", "fullName").required().max(255),
                text(PREF, "ShortName", "shortName").max(64),
                text(PREF, "AlcCode", "alcCode").required().max(64),
                positive(PREF, "Capacity", "capacity"),
                decimal(PREF, "AlcVolume", "alcVolume").pattern("(100(\\.0+)?|[0-9]{1,2}(\\.[0-9]+)?)", "must be between 0 and 100"),
                organization(PREF, "Producer", "producer", true),
                text(PREF, "ProductVCode", "productVCode").required().max(5));
    }

    /**
     * An organization (ClientRef_v2 OrgInfo): "type" UL (a legal entity, the default) or FL (an entrepreneur),
     * with clientRegId (its FSRAR ID), names, ИНН, КПП (UL only) and address.
     */
    static Group organization(String prefix, String xml, String json, boolean required) {
        Group ul = new Group(OREF, "UL", null, true, List.of(
                text(OREF, "ClientRegId", "clientRegId").required().max(50),
                text(OREF, "FullName", "fullName").required().max(255),
                text(OREF, "ShortName", "shortName").max(64),
                text(OREF, "INN", "inn").required().pattern("[0-9]{10}", "must be the ИНН of a legal entity (10 digits)"),
                text(OREF, "KPP", "kpp").required().pattern("[0-9]{9}", "must be a КПП (9 digits)"),
                address()));
        Group fl = new Group(OREF, "FL", null, true, List.of(
                text(OREF, "ClientRegId", "clientRegId").required().max(50),
                text(OREF, "FullName", "fullName").required().max(255),
                text(OREF, "ShortName", "shortName").max(64),
                text(OREF, "INN", "inn").required().pattern("[0-9]{12}", "must be the ИНН of an entrepreneur (12 digits)"),
                address()));
        Map<String, Group> cases = new LinkedHashMap<>();
        cases.put("UL", ul);
        cases.put("FL", fl);
        return object(prefix, xml, json, required, new Switch(OREF, "", "type", "UL", cases));
    }

    private static Group address() {
        return object(OREF, "address", "address", true,
                text(OREF, "Country", "country").required().pattern("[0-9]{3}", "must be a 3-digit country code (643: Russia)"),
                text(OREF, "RegionCode", "regionCode").required().pattern("[0-9]{2}", "must be a 2-digit region code"),
                text(OREF, "description", "description").required().max(5000));
    }
}
