package ru.egais.exchange.utm.xml;

/** Namespace URIs of the EGAIS schemas we write (exactly as the XSDs in shared/egais/xsd declare them). */
public final class EgaisNamespaces {
    public static final String DOCUMENTS = "http://fsrar.ru/WEGAIS/WB_DOC_SINGLE_01";
    public static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    public static final String QUERY_PARAMETERS = "http://fsrar.ru/WEGAIS/QueryParameters";
    /** WayBillAct_v4 content: ActTTNSingle_v4, not ".../WayBillAct_v4" as one public client wrongly writes. */
    public static final String ACT_TTN_V4 = "http://fsrar.ru/WEGAIS/ActTTNSingle_v4";
    public static final String COMMON_V3 = "http://fsrar.ru/WEGAIS/CommonV3";

    private EgaisNamespaces() {
    }
}
