package ru.egais.exchange.document;

/**
 * What undoes a document EGAIS has accepted, by its type: each has its own way out (the 1C module's
 * ОтменитьПоследнююОперацию refuses an accepted document and names it), and naming the wrong one sends the
 * operator to a request EGAIS will reject.
 */
public final class WayOut {

    private WayOut() {
    }

    /** The sentence that tells an operator how to undo an accepted document of this type. */
    public static String ofAccepted(String docType) {
        if (docType == null) {
            return "EGAIS accepted it; an accepted document cannot be cancelled";
        }
        return switch (docType) {
            case "WayBill_v4", "WayBill_v3", "WayBillAct_v4", "WayBillAct_v3", "WayBillAct_v2" ->
                    "EGAIS accepted it; to undo an accepted waybill or its act send a RequestRepealWB for its WBRegId";
            case "ActWriteOff_v3", "ActWriteOff_v4", "ActWriteOffShop_v2" ->
                    "EGAIS accepted the write-off; to undo it send a RequestRepealAWO (POST /api/v1/documents/{id}/repeal)";
            case "ActChargeOn_v2", "ActChargeOnShop_v2" ->
                    "EGAIS accepted the charge-on; to undo it send a RequestRepealACO (POST /api/v1/documents/{id}/repeal)";
            case "TransferToShop" ->
                    "EGAIS accepted the transfer to register 2; to undo it transfer the stock back with TransferFromShop";
            case "TransferFromShop" ->
                    "EGAIS accepted the transfer to register 1; to undo it transfer the stock back with TransferToShop";
            case "ActFixBarCode" -> "EGAIS accepted the fixing of the marks; to undo it send an ActUnFixBarCode";
            case "ActUnFixBarCode" -> "EGAIS accepted the unfixing of the marks; to undo it send an ActFixBarCode";
            case "RequestRepealWB", "RequestRepealAWO", "RequestRepealACO" ->
                    "EGAIS accepted the repeal request; it stands until the other side answers and cannot be cancelled";
            case "ConfirmRepealWB", "WayBillTicket" ->
                    "EGAIS accepted the answer; a given answer cannot be taken back";
            default -> docType.startsWith("Query")
                    ? "the query was answered; there is nothing to undo (send a new query if it is needed again)"
                    : "EGAIS accepted it; an accepted " + docType + " cannot be cancelled";
        };
    }
}
