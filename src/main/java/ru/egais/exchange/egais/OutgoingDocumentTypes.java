package ru.egais.exchange.egais;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The outgoing document types the service knows, by API name and by XML element. */
public final class OutgoingDocumentTypes {

    private static final Map<String, OutgoingDocumentType> BY_API_NAME = new LinkedHashMap<>();
    private static final Map<String, OutgoingDocumentType> BY_ELEMENT = new LinkedHashMap<>();

    static {
        query("QueryRests_v2", "QueryRests_v2", "QueryRests_v2");
        query("QueryRestsShop_v2", "QueryRestsShop_v2", "QueryRestsShop_v2");
        // OpenPapyrus posts QueryAP to /opt/in/QueryAP (PROTOCOL.md §3).
        query("QueryAP", "QueryAP", "QueryAP");
        // The organization query is posted to /opt/in/QueryPartner; its answer comes back as ReplyPartner
        // (ReplyClient_v2) — PROTOCOL.md §3, OpenPapyrus QueryClients.
        query("QueryClients", "QueryClients_v2", "QueryPartner");
        query("QueryRestBCode", "QueryRestBCode", "QueryRestBCode");
        query("QueryResendDoc", "QueryResendDoc", "QueryResendDoc");
        query("QueryNATTN", "QueryNATTN", "QueryNATTN");
        act("WayBillAct_v4", "WayBillAct_v4", "WayBillAct_v4");
        query("QueryFormF1", "QueryFormF1", "QueryFormF1");
        query("QueryFormF2", "QueryFormF2", "QueryFormF2");
        // The movements of one F2 record (answered by ReplyHistForm2): qp:QueryParameters with RFB, as [MAK] sends it.
        query("QueryForm2History", "QueryForm2History", "QueryForm2History");
        query("QueryBarcode", "QueryBarcode", "QueryBarcode");
        act("WayBill_v4", "WayBill_v4", "WayBill_v4");
        act("ActWriteOff_v3", "ActWriteOff_v3", "ActWriteOff_v3");
        act("ActWriteOff_v4", "ActWriteOff_v4", "ActWriteOff_v4");
        act("ActWriteOffShop_v2", "ActWriteOffShop_v2", "ActWriteOffShop_v2");
        act("ActChargeOn_v2", "ActChargeOn_v2", "ActChargeOn_v2");
        act("ActChargeOnShop_v2", "ActChargeOnShop_v2", "ActChargeOnShop_v2");
        act("TransferToShop", "TransferToShop", "TransferToShop");
        act("TransferFromShop", "TransferFromShop", "TransferFromShop");
        act("RequestRepealWB", "RequestRepealWB", "RequestRepealWB");
        act("RequestRepealAWO", "RequestRepealAWO", "RequestRepealAWO");
        act("RequestRepealACO", "RequestRepealACO", "RequestRepealACO");
        act("ConfirmRepealWB", "ConfirmRepealWB", "ConfirmRepealWB");
        // The answer to a supplier's reaction to our Differences act: element ConfirmTicket, UTM service
        // WayBillTicket (PROTOCOL.md §3).
        act("WayBillTicket", "ConfirmTicket", "WayBillTicket");
        act("ActFixBarCode", "ActFixBarCode", "ActFixBarCode");
        act("ActUnFixBarCode", "ActUnFixBarCode", "ActUnFixBarCode");
    }

    private OutgoingDocumentTypes() {
    }

    private static void query(String apiName, String element, String utmPath) {
        register(new OutgoingDocumentType(apiName, element, utmPath, DocumentKind.QUERY));
    }

    private static void act(String apiName, String element, String utmPath) {
        register(new OutgoingDocumentType(apiName, element, utmPath, DocumentKind.ACT));
    }

    private static void register(OutgoingDocumentType type) {
        BY_API_NAME.put(type.apiName(), type);
        BY_ELEMENT.put(type.element(), type);
    }

    public static Optional<OutgoingDocumentType> byApiName(String name) {
        return Optional.ofNullable(BY_API_NAME.get(name));
    }

    /**
     * The type of a ready XML document, by its element under {@code ns:Document}. An element we have no writer
     * for is still sendable as-is: it is posted under its own name, and answered like an act unless it is a query.
     */
    public static OutgoingDocumentType byElement(String element) {
        OutgoingDocumentType known = BY_ELEMENT.get(element);
        if (known != null) {
            return known;
        }
        DocumentKind kind = element.startsWith("Query") ? DocumentKind.QUERY : DocumentKind.ACT;
        return new OutgoingDocumentType(element, element, element, kind);
    }

    public static Iterable<String> apiNames() {
        return BY_API_NAME.keySet();
    }
}
