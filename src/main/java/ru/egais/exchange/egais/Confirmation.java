package ru.egais.exchange.egais;

/** The counterparty's answer about a waybill (ConfirmTicket, ConfirmRepealWB): Accepted or Rejected. */
public record Confirmation(String wbRegId, String isConfirm) {
    public boolean accepted() {
        return "Accepted".equalsIgnoreCase(isConfirm);
    }
}
