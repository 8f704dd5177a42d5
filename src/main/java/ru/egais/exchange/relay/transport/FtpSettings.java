package ru.egais.exchange.relay.transport;

/**
 * An FTP server both nodes reach. {@code passive} (default true) suits clients behind NAT; an upload that fails
 * is retried every {@code retryPeriodMillis} up to {@code retryAttempts} times; {@code timeoutMillis} bounds the
 * connection and every reply.
 */
public record FtpSettings(String host, Integer port, String user, String password, String directory, Boolean passive,
                          Long retryPeriodMillis, Integer retryAttempts, Integer timeoutMillis) {

    public int portOrDefault() {
        return port == null ? 21 : port;
    }

    public boolean passiveOrDefault() {
        return passive == null || passive;
    }

    public long retryPeriodOrDefault() {
        return retryPeriodMillis == null ? 30_000 : retryPeriodMillis;
    }

    public int retryAttemptsOrDefault() {
        return retryAttempts == null ? 20 : retryAttempts;
    }

    public int timeoutOrDefault() {
        return timeoutMillis == null ? 15_000 : timeoutMillis;
    }
}
