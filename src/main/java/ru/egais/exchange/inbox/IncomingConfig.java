package ru.egais.exchange.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Loading what the UTM holds for us ({@code egais.incoming.*}). */
@ConfigMapping(prefix = "egais.incoming")
public interface IncomingConfig {

    /** A listed document that could not be loaded is skipped and tried again after this, doubling each time… */
    @WithDefault("30S")
    Duration fetchRetryInitial();

    /** …up to this. */
    @WithDefault("30M")
    Duration fetchRetryMax();

    /** After this many failed loads of one document it is shown to the operator (lastError, the page, the API). */
    @WithDefault("3")
    int fetchFailuresShown();
}
