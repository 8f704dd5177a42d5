package ru.egais.exchange.utm.spec;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static ru.egais.exchange.utm.spec.Specs.CE;
import static ru.egais.exchange.utm.spec.Specs.OREF;
import static ru.egais.exchange.utm.spec.Specs.PREF;
import static ru.egais.exchange.utm.spec.Specs.at;
import static ru.egais.exchange.utm.spec.Specs.date;
import static ru.egais.exchange.utm.spec.Specs.dateTime;
import static ru.egais.exchange.utm.spec.Specs.decimal;
import static ru.egais.exchange.utm.spec.Specs.header;
import static ru.egais.exchange.utm.spec.Specs.identity;
import static ru.egais.exchange.utm.spec.Specs.marks;
import static ru.egais.exchange.utm.spec.Specs.note;
import static ru.egais.exchange.utm.spec.Specs.number;
import static ru.egais.exchange.utm.spec.Specs.oneElement;
import static ru.egais.exchange.utm.spec.Specs.oneOf;
import static ru.egais.exchange.utm.spec.Specs.organization;
import static ru.egais.exchange.utm.spec.Specs.positionIdentity;
import static ru.egais.exchange.utm.spec.Specs.positions;
import static ru.egais.exchange.utm.spec.Specs.positive;
import static ru.egais.exchange.utm.spec.Specs.product;
import static ru.egais.exchange.utm.spec.Specs.text;

/**
 * The shop-side documents built from JSON by spec (the queries and WayBillAct_v4 have writers of their own).
 * Element names, namespaces and order follow the XSDs in shared/egais/xsd; every spec is checked by a
 * round-trip test against both schema sets.
 */
public final class DocumentSpecs {

    private static final String EGAIS = "http://fsrar.ru/WEGAIS/";
    private static final String[] WRITE_OFF_TYPES = {"Пересортица", "Недостача", "Уценка", "Порча", "Потери",
            "Проверки", "Арест", "Иные цели", "Реализация", "Производственные потери", "Приготовление"};
    private static final String[] CHARGE_ON_TYPES = {"Пересортица", "Излишки", "Продукция, полученная до 01.01.2016",
            "Производство_Сливы"};
    /** EGCommonEnum.xsd TypeEnum: the codes of stamp (ФСМ/АМ) types. */
    private static final String[] STAMP_TYPES = {"001", "002", "003", "004", "005", "006", "007", "008", "009", "010",
            "020", "021", "022", "023", "024", "025", "026", "027", "028", "029", "031", "101", "102", "103", "104",
            "105", "106", "107", "108", "109", "110", "111", "112", "113", "114", "115", "116", "117", "118", "119",
            "120", "121", "122", "123", "124", "125", "126", "127", "128", "129", "130", "131", "132", "133", "134",
            "135", "136", "137", "138"};
    private static final Map<String, DocumentSpec> BY_API_NAME = new LinkedHashMap<>();

    static {
        query("QueryFormF1");
        query("QueryFormF2");
        register(DocumentSpec.of("WayBill_v4",
                ns("wb", "TTNSingle_v4", OREF, "ClientRef_v2", PREF, "ProductRef_v2", CE, "CommonV3"),
                identity("wb"),
                header("wb", "Header",
                        text("wb", "Type", "waybillType").required().oneOf("WBInvoiceFromMe", "WBReturnFromMe"),
                        number("wb", "NUMBER", "number"),
                        date("wb", "Date", "date").required(),
                        date("wb", "ShippingDate", "shippingDate").required(),
                        Specs.object("wb", "Transport", "transport", false,
                                text("wb", "ChangeOwnership", "changeOwnership").required().oneOf("IsChange", "NotChange"),
                                text("wb", "TRAN_TYPE", "tranType").required().max(50),
                                text("wb", "TRAN_COMPANY", "company").max(255),
                                text("wb", "TRANSPORT_TYPE", "transportType").required()
                                        .oneOf("car", "ship", "railway", "aircraft", "other"),
                                text("wb", "TRANSPORT_REGNUMBER", "regNumber").max(50),
                                text("wb", "TRAN_TRAILER", "trailer").max(255),
                                text("wb", "TRAN_CUSTOMER", "customer").max(255),
                                text("wb", "TRAN_DRIVER", "driver").max(255),
                                text("wb", "TRAN_LOADPOINT", "loadPoint").max(2000),
                                text("wb", "TRAN_UNLOADPOINT", "unloadPoint").max(2000),
                                text("wb", "TRAN_REDIRECT", "redirect").max(2000),
                                text("wb", "TRAN_FORWARDER", "forwarder").max(255)),
                        organization("wb", "Shipper", "shipper", true),
                        organization("wb", "Consignee", "consignee", true),
                        text("wb", "Base", "base").max(500),
                        note("wb")),
                positions("wb",
                        product("wb"),
                        text("wb", "Pack_ID", "packId").max(50),
                        positive("wb", "Quantity", "quantity").required(),
                        decimal("wb", "Price", "price").required(),
                        text("wb", "Party", "party").max(50),
                        positionIdentity("wb"),
                        text("wb", "FARegId", "informF1RegId").required().max(50),
                        Specs.header("wb", "InformF2",
                                text(CE, "F2RegId", "informF2RegId").required().max(50),
                                marks(CE, "amc", at(CE, "MarkInfo"), at(CE, "boxpos"), at(CE, "amclist"))))));
        register(DocumentSpec.of("ActWriteOff_v3",
                ns("awr", "ActWriteOff_v3", PREF, "ProductRef_v2", CE, "CommonV3"),
                identity("awr"),
                writeOffHeader("awr"),
                positions("awr",
                        positionIdentity("awr"),
                        positive("awr", "Quantity", "quantity").required(),
                        decimal("awr", "SumSale", "sumSale"),
                        Specs.header("awr", "InformF1F2", oneOf("awr",
                                Specs.header("awr", "InformF2", text(PREF, "F2RegId", "informF2RegId").max(50)),
                                Specs.header("awr", "InformF1", text(PREF, "RegId", "informF1RegId").max(50)))),
                        marks(CE, "amc", at("awr", "MarkCodeInfo")))));
        // The newest schema set's write-off: the position's amount sits in writeoffvolume, either Quantity (units)
        // or volume (ml poured by a bar or restaurant); everything else is as in _v3.
        register(DocumentSpec.of("ActWriteOff_v4",
                ns("awr4", "ActWriteOff_v4", PREF, "ProductRef_v2", CE, "CommonV3"),
                identity("awr4"),
                writeOffHeader("awr4"),
                positions("awr4",
                        positionIdentity("awr4"),
                        header("awr4", "writeoffvolume", oneElement("awr4",
                                positive("awr4", "Quantity", "quantity"),
                                decimal("awr4", "volume", "volume").pattern("[0-9]{1,18}",
                                        "must be a whole number of millilitres (0 or more)"))),
                        decimal("awr4", "SumSale", "sumSale"),
                        Specs.header("awr4", "InformF1F2", oneOf("awr4",
                                Specs.header("awr4", "InformF2", text(PREF, "F2RegId", "informF2RegId").max(50)),
                                Specs.header("awr4", "InformF1", text(PREF, "RegId", "informF1RegId").max(50)))),
                        marks(CE, "amc", at("awr4", "MarkCodeInfo")))));
        register(DocumentSpec.of("ActWriteOffShop_v2",
                ns("awrs", "ActWriteOffShop_v2", PREF, "ProductRef_v2", OREF, "ClientRef_v2"),
                identity("awrs"),
                writeOffHeader("awrs"),
                positions("awrs",
                        positionIdentity("awrs"),
                        product("awrs"),
                        positive("awrs", "Quantity", "quantity").required(),
                        decimal("awrs", "SumSale", "sumSale"),
                        marks("", "MarkCode", at("awrs", "MarkCodeInfo")))));
        register(DocumentSpec.of("ActChargeOn_v2",
                ns("ainp", "ActChargeOn_v2", PREF, "ProductRef_v2", OREF, "ClientRef_v2", "iab", "ActInventoryF1F2Info"),
                identity("ainp"),
                chargeOnHeader("ainp"),
                positions("ainp",
                        positionIdentity("ainp"),
                        product("ainp"),
                        positive("ainp", "Quantity", "quantity").required(),
                        Specs.header("ainp", "InformF1F2", Specs.header("ainp", "InformF1F2Reg",
                                Specs.object("ainp", "InformF1", "informF1", true,
                                        positive("iab", "Quantity", "quantity").required(),
                                        date("iab", "BottlingDate", "bottlingDate").required(),
                                        text("iab", "TTNNumber", "ttnNumber").required().max(50),
                                        date("iab", "TTNDate", "ttnDate").required(),
                                        text("iab", "EGAISFixNumber", "egaisFixNumber").max(50),
                                        date("iab", "EGAISFixDate", "egaisFixDate")))),
                        marks("", "MarkCode", at("ainp", "MarkCodeInfo")))));
        register(DocumentSpec.of("ActChargeOnShop_v2",
                ns("ains", "ActChargeOnShop_v2", PREF, "ProductRef_v2", OREF, "ClientRef_v2"),
                identity("ains"),
                chargeOnHeader("ains"),
                positions("ains",
                        positionIdentity("ains"),
                        product("ains"),
                        positive("ains", "Quantity", "quantity").required())));
        transfer("TransferToShop", "tts");
        transfer("TransferFromShop", "tfs");
        register(DocumentSpec.of("RequestRepealWB",
                ns("rrwb", "RequestRepealWB"),
                text("rrwb", "ClientId", "clientId").required().max(50),
                number("rrwb", "RequestNumber", "requestNumber"),
                dateTime("rrwb", "RequestDate", "requestDate").required(),
                text("rrwb", "WBRegId", "wbRegId").required().max(50)));
        // Repeal of our own accepted write-off (AWO) or charge-on (ACO), quoting the act's registration in EGAIS.
        repealOwnAct("RequestRepealAWO", "rrawo", "AWORegId", "awoRegId");
        repealOwnAct("RequestRepealACO", "rraco", "ACORegId", "acoRegId");
        confirmation("ConfirmRepealWB", "ConfirmRepealWB", "crwb", "ConfirmNumber", "ConfirmDate");
        confirmation("WayBillTicket", "ConfirmTicket", "wt", "TicketNumber", "TicketDate");
        // What EGAIS knows of a stamp, by the type, series and number printed in its PDF-417 code; the answer is
        // ReplyBarcode. QueryNumber and Date are required by QueryBarcode.xsd; Marks/Mark is xs:all of four codes.
        register(DocumentSpec.of("QueryBarcode", ns("qbc", "QueryBarcode"),
                number("qbc", "QueryNumber", "queryNumber"),
                dateTime("qbc", "Date", "date").required(),
                new Repeat("qbc", "Marks", "Mark", "marks", 1, java.util.List.of(
                        text("qbc", "Identity", "identity").required().pattern("[0-9]{1,9}", "must be 1 to 9 digits"),
                        text("qbc", "Type", "type").required().oneOf(STAMP_TYPES),
                        text("qbc", "Rank", "rank").required().pattern("[0-9]{3,5}", "must be the series: 3 to 5 digits"),
                        text("qbc", "Number", "number").required().pattern("[0-9]{1,9}", "must be the number: 1 to 9 digits")),
                        java.util.List.of("identity"))));
        barcodes("ActFixBarCode", "afbc", true);
        barcodes("ActUnFixBarCode", "aufbc", false);
    }

    private DocumentSpecs() {
    }

    public static Optional<DocumentSpec> byApiName(String apiName) {
        return Optional.ofNullable(BY_API_NAME.get(apiName));
    }

    public static Iterable<DocumentSpec> all() {
        return BY_API_NAME.values();
    }

    private static void register(DocumentSpec spec) {
        BY_API_NAME.put(spec.type().apiName(), spec);
    }

    /** The header ActWriteOff_v3 and ActWriteOffShop_v2 share (registers 1 and 2). */
    private static Group writeOffHeader(String p) {
        return header(p, "Header",
                number(p, "ActNumber", "actNumber"),
                date(p, "ActDate", "actDate").required(),
                text(p, "TypeWriteOff", "typeWriteOff").required().oneOf(WRITE_OFF_TYPES),
                note(p));
    }

    /** The header ActChargeOn_v2 and ActChargeOnShop_v2 share (registers 1 and 2). */
    private static Group chargeOnHeader(String p) {
        return header(p, "Header",
                number(p, "Number", "number"),
                date(p, "ActDate", "actDate").required(),
                text(p, "TypeChargeOn", "typeChargeOn").required().oneOf(CHARGE_ON_TYPES),
                text(p, "ActWriteOff", "actWriteOff").max(50),
                note(p));
    }

    /** QueryFormF1 / QueryFormF2: the F1 (FA-…) or F2 (FB-…) registration record. */
    private static void query(String element) {
        String prefixRule = element.endsWith("F1") ? "FA-" : "FB-";
        register(DocumentSpec.of(element, ns("qf", "QueryFormF1F2"),
                text("qf", "FormRegId", "formRegId").required().max(50)
                        .pattern(prefixRule + "\\S+", "must be a registration id like " + prefixRule + "000001234567890")));
    }

    /** TransferToShop / TransferFromShop: moving stock between register 1 (warehouse) and 2 (shop floor). */
    private static void transfer(String element, String p) {
        register(DocumentSpec.of(element, ns(p, element, PREF, "ProductRef_v2"),
                identity(p),
                header(p, "Header",
                        number(p, "TransferNumber", "transferNumber"),
                        date(p, "TransferDate", "transferDate").required(),
                        note(p)),
                positions(p,
                        positionIdentity(p),
                        text(p, "ProductCode", "productCode").required().max(50),
                        positive(p, "Quantity", "quantity").required(),
                        Specs.header(p, "InformF2", text(PREF, "F2RegId", "informF2RegId").required().max(50)))));
    }

    /** RequestRepealAWO / RequestRepealACO: ask EGAIS to repeal our own accepted act by its RegId. */
    private static void repealOwnAct(String apiName, String p, String regIdXml, String regIdJson) {
        register(DocumentSpec.of(apiName,
                ns(p, apiName),
                text(p, "ClientId", "clientId").required().max(50),
                number(p, "RequestNumber", "requestNumber"),
                dateTime(p, "RequestDate", "requestDate").required(),
                text(p, regIdXml, regIdJson).required().max(50)));
    }

    /** ConfirmRepealWB / ConfirmTicket (WayBillTicket): accept or reject the other side's request about a waybill. */
    private static void confirmation(String apiName, String xsd, String p, String numberXml, String dateXml) {
        register(DocumentSpec.of(apiName, ns(p, xsd),
                identity(p),
                header(p, "Header",
                        text(p, "IsConfirm", "isConfirm").required().oneOf("Accepted", "Rejected"),
                        number(p, numberXml, "number"),
                        date(p, dateXml, "date").required(),
                        text(p, "WBRegId", "wbRegId").required().max(50),
                        note(p))));
    }

    /** ActFixBarCode / ActUnFixBarCode: tie excise marks to an F2 record, or untie them. */
    private static void barcodes(String element, String p, boolean f2Required) {
        Leaf f2 = text(p, "Inform2RegId", "informF2RegId").max(50);
        register(DocumentSpec.of(element, ns(p, element, CE, "CommonV3"),
                identity(p),
                header(p, "Header",
                        number(p, "Number", "number"),
                        date(p, "ActDate", "actDate").required(),
                        note(p)),
                positions(p,
                        positionIdentity(p),
                        f2Required ? f2.required() : f2,
                        marks(CE, "amc", at(p, "MarkInfo")))));
    }

    private static Map<String, String> ns(String... prefixAndSchema) {
        Map<String, String> namespaces = new LinkedHashMap<>();
        for (int i = 0; i < prefixAndSchema.length; i += 2) {
            namespaces.put(prefixAndSchema[i], EGAIS + prefixAndSchema[i + 1]);
        }
        return namespaces;
    }
}
