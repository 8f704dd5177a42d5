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

    /**
     * The state once the supplier asked to repeal the waybill: asked (to be answered, also after our answer was
     * rejected or cancelled), answered (our ConfirmRepealWB on its way), repealed once EGAIS accepted our
     * agreement; after an accepted refusal the waybill is back where it was.
     */
    public static String withRepeal(String state, boolean repealAsked, String answerStatus, String answerConfirm) {
        if (!repealAsked) {
            return state;
        }
        if (answerStatus == null || "REJECTED".equals(answerStatus) || "CANCELLED".equals(answerStatus)) {
            return "REPEAL_ASKED";
        }
        if (!"ACCEPTED".equals(answerStatus)) {
            return "REPEAL_ANSWER_SENT";
        }
        return "Accepted".equals(answerConfirm) ? "REPEALED" : state;
    }
}
