package ru.egais.exchange.egais;

import java.util.List;

/** A supplier's waybill as delivered (WayBill v1–v4), in the terms the shop needs to answer it. */
public record IncomingWaybill(String element, String identity, String number, String date, String shipperFsrarId,
                              String shipperName, String consigneeFsrarId, List<Position> positions) {

    /**
     * One position: the product, quantity and price, the shipper's F2 record and the marks shipped (all of them,
     * flat), the boxes holding them ({@code boxpos}) and how boxes are packed ({@code boxtree}).
     */
    public record Position(String identity, String alcCode, String productName, String quantity, String price,
                           String shipperF2RegId, List<String> marks, List<WaybillBox> boxes, List<BoxTree> boxTree) {

        /** A position whose marks come without boxes. */
        public Position(String identity, String alcCode, String productName, String quantity, String price,
                        String shipperF2RegId, List<String> marks) {
            this(identity, alcCode, productName, quantity, price, shipperF2RegId, marks, List.of(), List.of());
        }
    }
}
