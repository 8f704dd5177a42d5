package ru.egais.exchange.waybill;

import ru.egais.exchange.egais.BoxTree;
import ru.egais.exchange.egais.WaybillBox;

import java.util.List;

/**
 * A supplier waybill as the API shows it. {@code state}: WAITING_REGISTRATION (the waybill is here, its
 * FORM2REGINFO not yet), WAITING_WAYBILL (the other way round), REGISTERED (ready to answer), ANSWERED (an act
 * was prepared; {@code actStatus} tells where it stands); REPEAL_ASKED (the supplier asks to repeal it),
 * REPEAL_ANSWER_SENT, REPEALED ({@link WaybillStates}).
 */
public record WaybillView(String id, String fsrarId, String identity, String wbRegId, String number, String date,
                          String shipperFsrarId, String shipperName, String waybillType, String state,
                          String actDocumentId, String actStatus, String waybillIncomingId,
                          String registrationIncomingId, List<Position> positions, Repeal repeal) {

    /**
     * The supplier's request to repeal this waybill (null when none): its number, date and incoming document, and
     * our ConfirmRepealWB answering it (document, status, Accepted / Rejected) once prepared.
     */
    public record Repeal(String requestNumber, String requestDate, String requestIncomingId, String answerDocumentId,
                         String answerStatus, String answerConfirm) {
    }

    /**
     * One position with the F2 id an act quotes, its marks (flat, all of them), the boxes holding them (number and
     * marks, as {@code boxpos}) and how the boxes are packed (pallets and boxes, as {@code boxtree}).
     */
    public record Position(String identity, String alcCode, String productName, String quantity, String price,
                           String shipperF2RegId, String informF2RegId, List<String> marks,
                           List<WaybillBox> boxes, List<BoxTree> boxTree) {
    }
}
