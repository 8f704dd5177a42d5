package ru.egais.exchange.egais;

/** One waybill of a ReplyNoAnswerTTN: EGAIS holds it as sent to us and not answered. */
public record NoAnswerWaybill(String wbRegId, String ttnNumber, String ttnDate, String shipperFsrarId) {
}
