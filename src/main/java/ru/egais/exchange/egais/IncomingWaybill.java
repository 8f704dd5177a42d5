package ru.egais.exchange.egais;

import java.util.List;

/** A supplier's waybill as delivered (WayBill v1–v4), in the terms the shop needs to answer it. */
public record IncomingWaybill(String element, String identity, String number, String date, String shipperFsrarId,
                              String shipperName, String consigneeFsrarId, List<Position> positions) {

    /** One position: the product, quantity and price, the shipper's F2 record and the marks shipped. */
    public record Position(String identity, String alcCode, String productName, String quantity, String price,
                           String shipperF2RegId, List<String> marks) {
    }
}
