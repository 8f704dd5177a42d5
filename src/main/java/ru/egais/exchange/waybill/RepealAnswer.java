package ru.egais.exchange.waybill;

/**
 * The shop's answer to a supplier's request to repeal a waybill ({@code POST /api/v1/waybills/{id}/repeal}):
 * {@code confirm} true agrees (the waybill is repealed once EGAIS accepts the answer), false refuses.
 */
public record RepealAnswer(Boolean confirm, String note, String number, String externalId, Boolean immediate) {
}
