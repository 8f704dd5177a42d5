package ru.egais.exchange.egais;

/** The other side's RequestRepealWB: it asks to repeal the waybill {@code wbRegId}. */
public record RepealRequest(String wbRegId, String number, String date, String clientId) {
}
