package ru.egais.exchange.egais;

import java.util.List;

/**
 * The consignee's act (WayBillAct_v4, older v3/v2) on a waybill we shipped (a return to a supplier, or any
 * shipment): Accepted, Rejected or Differences, with the positions as the consignee counted them. Kept as the
 * consignee wrote it (text), to be tolerant of what another program sends.
 */
public record ConsigneeAct(String isAccept, String actNumber, String actDate, String wbRegId, String note,
                           List<Position> positions) {

    /** A position the consignee counted: our position's identity, its F2 record, the real quantity, marks named. */
    public record Position(String identity, String informF2RegId, String realQuantity, List<String> marks) {
    }
}
