package ru.egais.exchange.simulator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A supplier's waybill the simulated EGAIS delivered: what a test needs to answer it (the TTN id, and per position
 * the F2 registration id from FORM2REGINFO and the marks).
 */
public record SupplierWaybill(String identity, String wbRegId, String number, LocalDate date, String shipperFsrarId,
                              List<Position> positions) {

    /** One waybill position as EGAIS registered it for the consignee. */
    public record Position(String identity, String alcCode, BigDecimal quantity, String shipperF2RegId,
                           String informF2RegId, List<String> marks) {
    }
}
