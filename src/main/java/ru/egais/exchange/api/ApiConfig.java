package ru.egais.exchange.api;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Who may call the local API and what it takes ({@code egais.api.*}; see the README's Access section). */
@ConfigMapping(prefix = "egais.api")
public interface ApiConfig {

    /**
     * The token every call but health must carry once set ({@code EGAIS_API_TOKEN}); required when the API listens
     * beyond loopback. Blank means none.
     */
    Optional<String> token();

    /** The largest body the API takes; larger ones are refused with 413 before they are read. */
    @WithDefault("16M")
    MemorySize maxBodySize();

    /** How long an operator's browser session lives without being used (after a login with the token). */
    @WithDefault("12H")
    Duration sessionTimeout();

    /** Host names of a proxy in front of the service, besides its own ({@code EGAIS_API_ALLOWED_HOSTS}). */
    Optional<List<String>> allowedHosts();

    /** Web origins whose pages may call the API ({@code EGAIS_API_ALLOWED_ORIGINS}). */
    Optional<List<String>> allowedOrigins();
}
