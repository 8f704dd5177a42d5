package ru.egais.exchange.utm;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How the service talks HTTP to UTMs. */
@ConfigMapping(prefix = "egais.utm")
public interface UtmConfig {

    /** Time allowed to open a TCP connection to a UTM; a UTM PC that is off should fail fast. */
    @WithDefault("5S")
    Duration connectTimeout();

    /** Time allowed for a whole answer; large ReplyRests documents take a while, so this is generous. */
    @WithDefault("60S")
    Duration readTimeout();

    /**
     * The largest incoming document loaded; a larger one is quarantined and left in UTM. A 100,000-position
     * ReplyRests_v2 is about 50 MB.
     */
    @WithDefault("64M")
    io.quarkus.runtime.configuration.MemorySize maxDocumentSize();
}
