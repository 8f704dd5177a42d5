package ru.egais.exchange.relay;

import com.fasterxml.jackson.databind.JsonNode;
import ru.egais.exchange.relay.transport.TransportKind;

import java.time.Instant;

/**
 * A peer node as the API shows it: settings (secrets masked), message numbers, changes the peer has not
 * acknowledged yet, numbers skipped and repeats ignored, the last exchange and its error, consecutive failures
 * and when a tick tries again, and how many of the peer's message files were set aside.
 */
public record RelayNodeView(String code, String localCode, String exchangeName, PeerRole peerRole,
                            TransportKind transport, JsonNode settings, int intervalSeconds, boolean enabled,
                            long lastSentNo, long lastReceivedNo, long lastAckedNo, long pendingChanges,
                            long gapsSeen, long repeatsIgnored, Instant lastExchangeAt, String lastError,
                            int failures, Instant retryAt, long quarantined) {
}
