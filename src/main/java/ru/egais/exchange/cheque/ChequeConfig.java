package ru.egais.exchange.cheque;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Cheques signed at the till ({@code egais.cheque.*}). */
@ConfigMapping(prefix = "egais.cheque")
public interface ChequeConfig {

    /**
     * The longest a cashier waits for the UTM: connect, send and its answer. Past it the till gets 503 and the
     * cheque is UNREACHABLE (never connected) or IN_DOUBT (sent, no answer). A UTM signs in well under a second.
     */
    @WithDefault("5S")
    Duration timeout();
}
