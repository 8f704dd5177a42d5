package ru.egais.exchange.waybill;

import java.util.List;

/**
 * A supplier waybill as the API shows it. {@code state}: WAITING_REGISTRATION (the waybill is here, its
 * FORM2REGINFO not yet), WAITING_WAYBILL (the other way round), REGISTERED (ready to answer), ANSWERED (an act
 * was prepared; {@code actStatus} tells where it stands).
 */
public record WaybillView(String id, String fsrarId, String identity, String wbRegId, String number, String date,
                          String shipperFsrarId, String shipperName, String waybillType, String state,
                          String actDocumentId, String actStatus, String waybillIncomingId,
                          String registrationIncomingId, List<Position> positions) {

    /** One position with the F2 id an act quotes. */
    public record Position(String identity, String alcCode, String productName, String quantity, String price,
                           String shipperF2RegId, String informF2RegId, List<String> marks) {
    }
}
