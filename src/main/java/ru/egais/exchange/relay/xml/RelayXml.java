package ru.egais.exchange.relay.xml;

/** Names of the exchange message's XML: one namespace, a root and one element per kind of change. */
final class RelayXml {

    static final String NS = "urn:egais-exchange:relay:1";
    static final String ROOT = "RelayMessage";
    static final String TRANSMIT = "Transmit";
    static final String REFUSAL = "Refusal";
    static final String DOCUMENT = "Document";
    static final String INCOMING = "Incoming";

    private RelayXml() {
    }
}
