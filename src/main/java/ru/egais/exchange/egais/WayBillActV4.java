package ru.egais.exchange.egais;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Our answer to a supplier's waybill (WayBillAct_v4): accept it, reject it, or accept with differences, in which
 * case the positions list the real quantities and the marks not accepted.
 */
public record WayBillActV4(String identity, AcceptType isAccept, String actNumber, LocalDate actDate, String wbRegId,
                           String note, List<Position> positions) {

    public enum AcceptType {
        Accepted, Rejected, Differences
    }

    public record Position(String identity, String informF2RegId, BigDecimal realQuantity, List<String> marks) {
    }
}
