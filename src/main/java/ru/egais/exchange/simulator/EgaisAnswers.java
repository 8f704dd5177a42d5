package ru.egais.exchange.simulator;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;

/** Writes what EGAIS sends back through UTM: tickets and query replies, valid against the official schemas. */
final class EgaisAnswers {

    private static final String TC = "http://fsrar.ru/WEGAIS/Ticket";
    /** EGAIS writes ticket times with 7 fractional digits (PROTOCOL.md §6.12); clients must cope. */
    private static final DateTimeFormatter TICKET_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSS");

    private EgaisAnswers() {
    }

    /** A ticket with {@code Result}: EGAIS's format check of the document. */
    static String resultTicket(String transportId, String identity, String docType, boolean accepted, String comment,
                               LocalDateTime at) {
        SimXml x = ticketStart(transportId, identity, docType, null, at);
        x.start("tc", "Result")
                .text("tc", "Conclusion", accepted ? "Accepted" : "Rejected")
                .text("tc", "ConclusionDate", at.format(TICKET_TIME))
                .text("tc", "Comments", comment)
                .end();
        return x.finish();
    }

    /** A ticket with {@code OperationResult}: the business outcome of an act or waybill. */
    static String operationTicket(String transportId, String identity, String docType, String regId,
                                  String operation, boolean accepted, String comment, LocalDateTime at) {
        SimXml x = ticketStart(transportId, identity, docType, regId, at);
        x.start("tc", "OperationResult")
                .text("tc", "OperationName", operation)
                .text("tc", "OperationResult", accepted ? "Accepted" : "Rejected")
                .text("tc", "OperationDate", at.format(TICKET_TIME))
                .text("tc", "OperationComment", comment)
                .end();
        return x.finish();
    }

    private static SimXml ticketStart(String transportId, String identity, String docType, String regId,
                                      LocalDateTime at) {
        return SimXml.document(SimXml.EGAIS_FSRAR_ID, "Ticket", Map.of("tc", TC))
                .text("tc", "TicketDate", at.format(TICKET_TIME))
                .text("tc", "Identity", identity)
                .text("tc", "DocId", UUID.randomUUID().toString().toUpperCase())
                .text("tc", "TransportId", transportId)
                .text("tc", "RegID", regId)
                .start("tc", "DocHash").end()
                .text("tc", "DocType", docType);
    }

    /** ReplyRests_v2 (register 1) or ReplyRestsShop_v2 (register 2) with {@code positions} generated positions. */
    static String rests(String ownerFsrarId, boolean shop, int positions, LocalDateTime at) {
        String element = shop ? "ReplyRestsShop_v2" : "ReplyRests_v2";
        String ns = shop ? "http://fsrar.ru/WEGAIS/ReplyRestsShop_v2" : "http://fsrar.ru/WEGAIS/ReplyRests_v2";
        SimXml x = SimXml.document(ownerFsrarId, element, Map.of("rst", ns,
                "pref", "http://fsrar.ru/WEGAIS/ProductRef_v2", "oref", "http://fsrar.ru/WEGAIS/ClientRef_v2"));
        x.text("rst", "RestsDate", at.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")))
                .start("rst", "Products");
        for (int i = 1; i <= positions; i++) {
            x.start("rst", shop ? "ShopPosition" : "StockPosition");
            product(x, i);
            x.text("rst", "Quantity", Integer.toString(i % 50 + 1));
            if (!shop) {
                x.text("rst", "InformF1RegId", String.format("FA-%015d", i))
                        .text("rst", "InformF2RegId", String.format("FB-%015d", i));
            }
            x.end();
        }
        return x.finish();
    }

    private static void product(SimXml x, int i) {
        x.start("rst", "Product")
                .text("pref", "UnitType", "Packed")
                .text("pref", "FullName", "Водка \"Симуляция\" №" + i)
                .text("pref", "AlcCode", String.format("%019d", 10_000_000L + i))
                .text("pref", "Capacity", "0.5000")
                .text("pref", "AlcVolume", "40.000")
                .text("pref", "ProductVCode", "200")
                .end();
    }

    /**
     * ReplyAP_v2: the products found by a QueryAP — the one alcocode asked for (КОД), or two products of the
     * producer whose INN was asked for (ИНН) — each with its producer, so a catalogue fills from it.
     */
    static String products(String ownerFsrarId, String alcCode, String producerInn, LocalDateTime at) {
        SimXml x = SimXml.document(ownerFsrarId, "ReplyAP_v2", Map.of(
                "rap", "http://fsrar.ru/WEGAIS/ReplyAP_v2", "pref", "http://fsrar.ru/WEGAIS/ProductRef_v2",
                "oref", "http://fsrar.ru/WEGAIS/ClientRef_v2"));
        x.start("rap", "Products");
        if (alcCode != null) {
            product(x, alcCode, "Водка \"Симуляция\" " + alcCode.substring(alcCode.length() - 4), "0.5000",
                    "40.000", "7701234567");
        } else {
            product(x, "00" + producerInn + "0000001", "Коньяк \"Симуляция\" 5 лет", "0.7000", "40.000", producerInn);
            product(x, "00" + producerInn + "0000002", "Вино \"Симуляция\" красное сухое", "0.7500", "12.500",
                    producerInn);
        }
        x.end();
        return x.finish();
    }

    private static void product(SimXml x, String alcCode, String name, String capacity, String strength,
                                String producerInn) {
        x.start("rap", "Product")
                .text("pref", "UnitType", "Packed")
                .text("pref", "FullName", name)
                .text("pref", "ShortName", name.length() > 64 ? name.substring(0, 64) : name)
                .text("pref", "AlcCode", alcCode)
                .text("pref", "Capacity", capacity)
                .text("pref", "AlcVolume", strength)
                .start("pref", "Producer");
        organization(x, producerRegId(producerInn), producerInn, "Поставщик");
        x.end().text("pref", "ProductVCode", "200").end();
    }

    /** The FSRAR ID the simulated EGAIS gives the organization with this INN (the same every time). */
    static String producerRegId(String inn) {
        return "02" + inn;
    }

    private static void organization(SimXml x, String clientRegId, String inn, String what) {
        x.start("oref", "UL")
                .text("oref", "ClientRegId", clientRegId)
                .text("oref", "FullName", "Общество с ограниченной ответственностью \"" + what + " " + inn + "\"")
                .text("oref", "ShortName", "ООО \"" + what + " " + inn + "\"")
                .text("oref", "INN", inn)
                .text("oref", "KPP", "770101001")
                .start("oref", "address")
                .text("oref", "Country", "643")
                .text("oref", "RegionCode", "77")
                .text("oref", "description", "Россия, Москва, Тверская ул., 1")
                .end()
                .end();
    }

    /** ReplyClient_v2 (sent under the URL type ReplyPartner) with one legal entity found by the query. */
    static String client(String ownerFsrarId, String clientRegId, String inn, LocalDateTime at) {
        SimXml x = SimXml.document(ownerFsrarId, "ReplyClient_v2", Map.of(
                "rc", "http://fsrar.ru/WEGAIS/ReplyClient_v2", "oref", "http://fsrar.ru/WEGAIS/ClientRef_v2"));
        x.start("rc", "Clients").start("rc", "Client").start("oref", "OrgInfoV2");
        organization(x, clientRegId != null ? clientRegId : producerRegId(inn), inn, "Поставщик");
        x.end();
        x.text("oref", "State", "Active");
        x.end().end();
        return x.finish();
    }
    /** ReplyHistForm2: the movements of the F2 record asked for by QueryForm2History (RFB) — in, then part sold. */
    static String form2History(String ownerFsrarId, String f2RegId, LocalDateTime at) {
        String time = at.withNano(0).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        SimXml x = SimXml.document(ownerFsrarId, "ReplyHistForm2", Map.of("rhf", "http://fsrar.ru/WEGAIS/ReplyHistForm2"));
        x.text("rhf", "InformF2RegId", f2RegId).text("rhf", "HistForm2Date", time).start("rhf", "HistoryF2");
        operation(x, "WAYBILL", "TTN-0557371481", "Приход", "12", time);
        operation(x, "SALE", "CHEQUE-1", "Продажа", "-2", time);
        return x.end().finish();
    }

    private static void operation(SimXml x, String docType, String docId, String operation, String quantity, String at) {
        x.start("rhf", "OperationB").text("rhf", "DocType", docType).text("rhf", "DocId", docId)
                .text("rhf", "Operation", operation).text("rhf", "Quantity", quantity).text("rhf", "OperDate", at).end();
    }

    /** ReplyBarcode: the stamp asked for by QueryBarcode (its first mark), with the PDF-417 code EGAIS holds for it. */
    static String barcode(String ownerFsrarId, Map<String, String> query, LocalDateTime at) {
        SimXml x = SimXml.document(ownerFsrarId, "ReplyBarcode", Map.of("rbc", "http://fsrar.ru/WEGAIS/ReplyBarcode"));
        String type = query.getOrDefault("Type", "104");
        String rank = query.getOrDefault("Rank", "100");
        String number = query.getOrDefault("Number", "1");
        x.text("rbc", "QueryNumber", query.getOrDefault("QueryNumber", "1"))
                .text("rbc", "Date", at.withNano(0).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME))
                .start("rbc", "Marks").start("rbc", "Mark")
                .text("rbc", "Identity", query.getOrDefault("Identity", "1"))
                .text("rbc", "Type", type).text("rbc", "Rank", rank).text("rbc", "Number", number)
                .text("rbc", "Barcode", type + rank + String.format("%09d", Long.parseLong(number)) + "0".repeat(56))
                .end().end();
        return x.finish();
    }
}
