package ru.egais.exchange.relay.transport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Makes the transport of a node pair from its kind and its settings as stored (JSON). */
public final class RelayTransports {

    private RelayTransports() {
    }

    public static RelayTransport of(TransportKind kind, String settingsJson, ObjectMapper json) {
        try {
            switch (kind) {
                case DIRECTORY:
                    return new DirectoryTransport(json.readValue(settingsJson, DirectorySettings.class));
                case FTP:
                    return new FtpTransport(json.readValue(settingsJson, FtpSettings.class));
                case MAIL:
                    return new MailTransport(json.readValue(settingsJson, MailSettings.class));
                default:
                    throw new IllegalArgumentException("no transport " + kind);
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + kind + " settings cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
