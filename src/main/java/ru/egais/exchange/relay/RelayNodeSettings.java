package ru.egais.exchange.relay;

import ru.egais.exchange.relay.transport.DirectorySettings;
import ru.egais.exchange.relay.transport.FtpSettings;
import ru.egais.exchange.relay.transport.MailSettings;
import ru.egais.exchange.relay.transport.TransportKind;

/**
 * A peer node as {@code PUT /api/v1/relay/nodes/{code}} takes it: our code in the pair, the exchange's name,
 * what the peer is, the transport and its settings (only the one of {@code transport} is read), how often to
 * exchange.
 */
public record RelayNodeSettings(String localCode, String exchangeName, PeerRole peerRole, TransportKind transport,
                                DirectorySettings directory, FtpSettings ftp, MailSettings mail,
                                Integer intervalSeconds, Boolean enabled) {
}
