package ru.egais.exchange.waybill;

/**
 * Where a supplier's waybill stands, derived in one place from what the service holds: received → registered
 * (FORM2REGINFO) → act queued → act sent → accepted / rejected / differences → the supplier's confirmation of the
 * differences; and the repeal of an accepted one.
 */
public final class WaybillStates {

    private WaybillStates() {
    }

    public static String derive(boolean waybillHere, boolean registrationHere, String actStatus, String isAccept,
                                String supplierConfirmation) {
        if (actStatus == null || "CANCELLED".equals(actStatus)) {
            return !registrationHere ? "WAITING_REGISTRATION" : !waybillHere ? "WAITING_WAYBILL" : "REGISTERED";
        }
        return switch (actStatus) {
            case "QUEUED" -> "ACT_QUEUED";
            case "SENT" -> "ACT_SENT";
            case "REJECTED" -> "ACT_REJECTED";
            case "REPEAL_REQUESTED", "REPEALED" -> actStatus;
            default -> switch (isAccept == null ? "" : isAccept) {
                case "Rejected" -> "REJECTED";
                case "Differences" -> supplierConfirmation == null ? "DIFFERENCES_SENT"
                        : "Accepted".equalsIgnoreCase(supplierConfirmation) ? "DIFFERENCES_CONFIRMED"
                        : "DIFFERENCES_REFUSED";
                default -> "ACCEPTED";
            };
        };
    }
}
