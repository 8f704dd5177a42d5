package ru.egais.exchange.inbox;

import ru.egais.exchange.egais.Confirmation;
import ru.egais.exchange.egais.IncomingWaybill;
import ru.egais.exchange.egais.RepealRequest;
import ru.egais.exchange.egais.WaybillRegistration;

/**
 * What the inbox hands a supplier's waybill documents to once read, each in the incoming document's processing
 * transaction. The waybill capability implements it: it sits above the inbox (it prepares acts through the outbox,
 * which reads the inbox), so the inbox names only what it needs.
 */
public interface SupplierWaybillHandler {

    /** A WayBill (any version) delivered to us. */
    void recordWaybill(String fsrarId, String incomingId, IncomingWaybill delivered);

    /** Its FORM2REGINFO (TTNInformF2Reg / TTNInformBReg), whichever of the two arrives first. */
    void recordRegistration(String fsrarId, String incomingId, WaybillRegistration registration);

    /** The supplier asks to repeal a waybill; false when no waybill of ours has that TTN. */
    boolean recordRepealRequest(String fsrarId, String incomingId, RepealRequest request);

    /** The supplier's ConfirmTicket on our Differences act. */
    void recordSupplierConfirmation(String fsrarId, Confirmation confirmation);
}
