package ru.egais.exchange.relay;

/**
 * One exchange with a peer: the peer's newest message found ({@code received}, 0 if none) and what became of it,
 * how many older or repeated files were dropped, whether the peer asked for an upload, the message we sent
 * ({@code sent}, 0 if none) and its changes, and the error that stopped it.
 */
public record RelayExchangeResult(String node, long received, String outcome, int changesApplied, int filesDropped,
                                  boolean uploadRequested, long sent, int changesSent, String error) {
}
