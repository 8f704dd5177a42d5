package ru.egais.exchange.simulator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/** Makes supplier waybills and writes them as EGAIS delivers them: WayBill_v4 and its FORM2REGINFO. */
final class WaybillDocuments {

    static final String SHIPPER_FSRAR_ID = "010038062164";
    private static final String WB = "http://fsrar.ru/WEGAIS/TTNSingle_v4";
    private static final String WBR = "http://fsrar.ru/WEGAIS/TTNInformF2Reg";
    private static final String OREF = "http://fsrar.ru/WEGAIS/ClientRef_v2";
    private static final String PREF = "http://fsrar.ru/WEGAIS/ProductRef_v2";
    private static final String CE = "http://fsrar.ru/WEGAIS/CommonV3";
    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L);

    private WaybillDocuments() {
    }

    static SupplierWaybill newWaybill(int positions, int marksPerPosition) {
        long n = SEQUENCE.incrementAndGet();
        List<SupplierWaybill.Position> list = new ArrayList<>();
        for (int i = 1; i <= positions; i++) {
            List<String> marks = new ArrayList<>();
            for (int m = 0; m < marksPerPosition; m++) {
                marks.add(mark());
            }
            BigDecimal quantity = BigDecimal.valueOf(marksPerPosition > 0 ? marksPerPosition : 6L * i);
            list.add(new SupplierWaybill.Position(Integer.toString(i), String.format("%019d", 10_255_000_000L + i),
                    quantity, String.format("FB-%015d", n * 100 + i), String.format("FB-%015d", n * 100 + 50 + i),
                    List.copyOf(marks)));
        }
        return new SupplierWaybill(java.util.UUID.randomUUID().toString(), String.format("TTN-%010d", n % 10_000_000_000L),
                String.format("%011d", n % 100_000_000_000L), LocalDate.now(), SHIPPER_FSRAR_ID, List.copyOf(list));
    }

    /** A 68-character excise mark matching EGCommon's PDF417String pattern (the newer DataMatrix form). */
    private static String mark() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        StringBuilder sb = new StringBuilder();
        digits(sb, r, 2);
        alnum(sb, r, 21);
        digits(sb, r, 1);
        sb.append(r.nextInt(2));
        digits(sb, r, 1);
        sb.append(r.nextInt(4));
        digits(sb, r, 10);
        alnum(sb, r, 31);
        return sb.toString();
    }

    private static void digits(StringBuilder sb, ThreadLocalRandom r, int n) {
        for (int i = 0; i < n; i++) {
            sb.append(r.nextInt(10));
        }
    }

    private static void alnum(StringBuilder sb, ThreadLocalRandom r, int n) {
        for (int i = 0; i < n; i++) {
            sb.append(ALNUM.charAt(r.nextInt(ALNUM.length())));
        }
    }

    static String wayBill(SupplierWaybill w, String consigneeFsrarId) {
        SimXml x = SimXml.document(w.shipperFsrarId(), "WayBill_v4",
                Map.of("wb", WB, "oref", OREF, "pref", PREF, "ce", CE));
        x.text("wb", "Identity", w.identity()).start("wb", "Header")
                .text("wb", "Type", "WBInvoiceFromMe")
                .text("wb", "NUMBER", w.number())
                .text("wb", "Date", w.date().toString())
                .text("wb", "ShippingDate", w.date().toString())
                .start("wb", "Transport").text("wb", "ChangeOwnership", "NotChange")
                .text("wb", "TRAN_TYPE", "413").text("wb", "TRANSPORT_TYPE", "car").end();
        x.start("wb", "Shipper");
        organization(x, w.shipperFsrarId(), "Поставщик-Симулятор", "7446043646", "745645001");
        x.end().start("wb", "Consignee");
        organization(x, consigneeFsrarId, "Магазин " + consigneeFsrarId, "0201014099", "020145002");
        x.end().end().start("wb", "Content");
        for (SupplierWaybill.Position p : w.positions()) {
            x.start("wb", "Position").start("wb", "Product")
                    .text("pref", "UnitType", "Packed")
                    .text("pref", "Type", "АП")
                    .text("pref", "FullName", "Водка \"Симуляция\" " + p.identity())
                    .text("pref", "AlcCode", p.alcCode())
                    .text("pref", "Capacity", "0.5")
                    .text("pref", "AlcVolume", "40")
                    .start("pref", "Producer");
            organization(x, "010000000545", "Производитель-Симулятор", "0276100884", "025745001");
            x.end().text("pref", "ProductVCode", "200").end()
                    .text("wb", "Quantity", p.quantity().toPlainString())
                    .text("wb", "Price", "250.00")
                    .text("wb", "Identity", p.identity())
                    .text("wb", "FARegId", "FA-" + p.shipperF2RegId().substring(3))
                    .start("wb", "InformF2").text("ce", "F2RegId", p.shipperF2RegId());
            if (!p.marks().isEmpty()) {
                // as real waybills carry them: the marks by box (boxpos), and the boxes on a pallet (boxtree)
                x.start("ce", "MarkInfo");
                for (Map.Entry<String, List<String>> box : p.boxes().entrySet()) {
                    x.start("ce", "boxpos").text("ce", "boxnumber", box.getKey()).start("ce", "amclist");
                    for (String mark : box.getValue()) {
                        x.text("ce", "amc", mark);
                    }
                    x.end().end();
                }
                x.end();
            }
            x.end();
            if (!p.marks().isEmpty()) {
                x.start("wb", "boxInfo").start("wb", "boxtree").text("ce", "boxnum", p.pallet());
                for (String box : p.boxes().keySet()) {
                    x.text("ce", "boxnum", box);
                }
                x.end().end();
            }
            x.end();
        }
        return x.finish();
    }

    /** FORM2REGINFO: EGAIS's registration of the waybill, giving the consignee's F2 ids per position. */
    static String registration(SupplierWaybill w, String consigneeFsrarId) {
        SimXml x = SimXml.document(SimXml.EGAIS_FSRAR_ID, "TTNInformF2Reg", Map.of("wbr", WBR, "oref", OREF));
        x.start("wbr", "Header")
                .text("wbr", "Identity", w.identity())
                .text("wbr", "WBRegId", w.wbRegId())
                .text("wbr", "EGAISFixNumber", "WBF-" + w.wbRegId().substring(4))
                .text("wbr", "EGAISFixDate", w.date().toString())
                .text("wbr", "WBNUMBER", w.number())
                .text("wbr", "WBDate", w.date().toString())
                .start("wbr", "Shipper");
        organization(x, w.shipperFsrarId(), "Поставщик-Симулятор", "7446043646", "745645001");
        x.end().start("wbr", "Consignee");
        organization(x, consigneeFsrarId, "Магазин " + consigneeFsrarId, "0201014099", "020145002");
        x.end().end().start("wbr", "Content");
        for (SupplierWaybill.Position p : w.positions()) {
            x.start("wbr", "Position").text("wbr", "Identity", p.identity())
                    .text("wbr", "InformF2RegId", p.informF2RegId())
                    .text("wbr", "BottlingDate", w.date().minusMonths(1).toString()).end();
        }
        return x.finish();
    }

    private static void organization(SimXml x, String fsrarId, String name, String inn, String kpp) {
        x.start("oref", "UL")
                .text("oref", "ClientRegId", fsrarId)
                .text("oref", "FullName", "ООО \"" + name + "\"")
                .text("oref", "ShortName", "ООО \"" + (name.length() > 50 ? name.substring(0, 50) : name) + "\"")
                .text("oref", "INN", inn)
                .text("oref", "KPP", kpp)
                .start("oref", "address")
                .text("oref", "Country", "643")
                .text("oref", "RegionCode", "77")
                .text("oref", "description", "Россия, Москва, ул. Тестовая, 1")
                .end().end();
    }

    /** ConfirmTicket / ConfirmRepealWB from the counterparty: it accepts or rejects what we asked about a waybill. */
    static String confirmation(String element, String numberXml, String dateXml, String wbRegId, String isConfirm,
                               java.time.LocalDateTime at) {
        SimXml x = SimXml.document(SHIPPER_FSRAR_ID, element, Map.of("c", "http://fsrar.ru/WEGAIS/" + element));
        x.start("c", "Header").text("c", "IsConfirm", isConfirm).text("c", numberXml, "1")
                .text("c", dateXml, at.toLocalDate().toString()).text("c", "WBRegId", wbRegId).end();
        return x.finish();
    }

    /**
     * The consignee's WayBillAct_v4 on a waybill we shipped. Differences: the first position counted one less
     * than shipped (never below 0).
     */
    static String consigneeAct(String consigneeFsrarId, String isAccept, String wbRegId, String positionIdentity,
                               String informF2RegId, String shipped, java.time.LocalDateTime at) {
        SimXml x = SimXml.document(consigneeFsrarId, "WayBillAct_v4",
                Map.of("wa", "http://fsrar.ru/WEGAIS/ActTTNSingle_v4"));
        x.text("wa", "Identity", "act-" + wbRegId).start("wa", "Header").text("wa", "IsAccept", isAccept)
                .text("wa", "ACTNUMBER", "A-" + wbRegId.replaceAll("[^0-9]", ""))
                .text("wa", "ActDate", at.toLocalDate().toString()).text("wa", "WBRegId", wbRegId)
                .text("wa", "Note", "Акт получателя").end();
        if ("Differences".equals(isAccept) && positionIdentity != null && informF2RegId != null) {
            BigDecimal real = new BigDecimal(shipped == null ? "1" : shipped).subtract(BigDecimal.ONE).max(BigDecimal.ZERO);
            x.start("wa", "Content").start("wa", "Position").text("wa", "Identity", positionIdentity)
                    .text("wa", "InformF2RegId", informF2RegId).text("wa", "RealQuantity", real.toPlainString())
                    .end().end();
        }
        return x.finish();
    }

    /** The supplier's RequestRepealWB: it asks the consignee to repeal the waybill. */
    static String repealRequest(String wbRegId, String number, java.time.LocalDateTime at) {
        SimXml x = SimXml.document(SHIPPER_FSRAR_ID, "RequestRepealWB",
                Map.of("rr", "http://fsrar.ru/WEGAIS/RequestRepealWB"));
        x.text("rr", "ClientId", SHIPPER_FSRAR_ID).text("rr", "RequestNumber", number)
                .text("rr", "RequestDate", at.withNano(0).toString()).text("rr", "WBRegId", wbRegId);
        return x.finish();
    }

    /** ReplyNoAnswerTTN: the waybills EGAIS holds as not answered by the consignee. */
    static String noAnswer(String consigneeFsrarId, List<SupplierWaybill> unanswered, java.time.LocalDateTime at) {
        SimXml x = SimXml.document(SimXml.EGAIS_FSRAR_ID, "ReplyNoAnswerTTN",
                Map.of("ttn", "http://fsrar.ru/WEGAIS/ReplyNoAnswerTTN"));
        x.text("ttn", "Consignee", consigneeFsrarId)
                .text("ttn", "ReplyDate", at.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")))
                .start("ttn", "ttnlist");
        for (SupplierWaybill w : unanswered) {
            x.start("ttn", "NoAnswer").text("ttn", "WbRegID", w.wbRegId()).text("ttn", "ttnNumber", w.number())
                    .text("ttn", "ttnDate", w.date().toString()).text("ttn", "Shipper", w.shipperFsrarId()).end();
        }
        return x.finish();
    }
}
