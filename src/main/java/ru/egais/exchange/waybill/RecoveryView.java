package ru.egais.exchange.waybill;

/**
 * A lost waybill being recovered. {@code state}: WAITING (QueryResendDoc prepared or sent, no answer yet),
 * RESENT (EGAIS sent the waybill again; {@code waybillId} is it), REFUSED (EGAIS refused the resend).
 */
public record RecoveryView(String id, String fsrarId, String wbRegId, String ttnNumber, String ttnDate,
                           String shipperFsrarId, String state, String queryDocumentId, String queryStatus,
                           String waybillId) {
}
