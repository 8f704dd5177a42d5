package ru.egais.exchange.relay;

/** What the peer node is to us, which decides what we register for it. */
public enum PeerRole {
    /** The peer is a store: we send it documents to transmit; it reports their statuses and its incoming documents. */
    STORE,
    /** The peer is the head office: every change of our documents and incoming documents is registered for it. */
    HEAD_OFFICE
}
