package ru.egais.exchange.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** The schema check of outgoing documents before they are queued. */
@ConfigMapping(prefix = "egais.schemas")
public interface SchemaCheckConfig {

    /** Check outgoing documents when schemas are available (a folder, or the organization's UTM publishes them). */
    @WithDefault("true")
    boolean check();

    /** A folder of the official XSDs (WB_DOC_SINGLE_01.xsd and what it imports); wins over the UTM's. */
    Optional<Path> folder();

    /** Download the schemas the organization's UTM publishes under /info when no folder is configured. */
    @WithDefault("true")
    boolean fromUtm();

    /** After a UTM could not give its schemas, how long before asking it again. */
    @WithDefault("10M")
    Duration retryAfter();
}
