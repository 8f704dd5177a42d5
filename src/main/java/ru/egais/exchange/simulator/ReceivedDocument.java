package ru.egais.exchange.simulator;

/** A document the simulated UTM accepted from a client, as a test can ask for it afterwards. */
public record ReceivedDocument(String utmPath, String element, String replyId, String xml) {
}
