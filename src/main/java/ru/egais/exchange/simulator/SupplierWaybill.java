package ru.egais.exchange.simulator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A supplier's waybill the simulated EGAIS delivered: what a test needs to answer it (the TTN id, and per position
 * the F2 registration id from FORM2REGINFO and the marks).
 */
public record SupplierWaybill(String identity, String wbRegId, String number, LocalDate date, String shipperFsrarId,
                              List<Position> positions) {

    /** One waybill position as EGAIS registered it for the consignee. */
    public record Position(String identity, String alcCode, BigDecimal quantity, String shipperF2RegId,
                           String informF2RegId, List<String> marks) {

        /** Marks a box holds in the simulated waybills: two, so that a position of several marks has boxes. */
        static final int MARKS_PER_BOX = 2;

        /**
         * The boxes the marks are shipped in ({@code boxpos}), by their 26-digit numbers (unique: made from the
         * shipper's F2 id), two marks a box, in order.
         */
        public Map<String, List<String>> boxes() {
            Map<String, List<String>> boxes = new LinkedHashMap<>();
            for (int i = 0; i < marks.size(); i += MARKS_PER_BOX) {
                boxes.put("1" + f2Digits() + String.format("%010d", i / MARKS_PER_BOX + 1),
                        marks.subList(i, Math.min(marks.size(), i + MARKS_PER_BOX)));
            }
            return boxes;
        }

        /** The pallet (18 digits) that holds all the position's boxes ({@code boxtree}); null when no marks. */
        public String pallet() {
            return marks.isEmpty() ? null : "9" + f2Digits() + "00";
        }

        private String f2Digits() {
            String digits = shipperF2RegId.replaceAll("[^0-9]", "");
            return String.format("%15s", digits.length() > 15 ? digits.substring(digits.length() - 15) : digits)
                    .replace(' ', '0');
        }
    }
}
