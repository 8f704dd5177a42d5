package ru.egais.exchange.simulator;

/**
 * A document the simulated UTM accepted, as a test can ask for it afterwards; {@code foreign}: another program (1C,
 * the POS) posted it through the same UTM, not the service.
 */
public record ReceivedDocument(String utmPath, String element, String replyId, String xml, boolean foreign) {

    public ReceivedDocument(String utmPath, String element, String replyId, String xml) {
        this(utmPath, element, replyId, xml, false);
    }
}
