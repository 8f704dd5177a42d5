package ru.egais.exchange.cheque;

/** A cheque a till had the UTM sign itself, handed to the service to keep: the cheque and the UTM's answer. */
public record SignedChequeRequest(ChequeRequest cheque, String url, String sign) {
}
