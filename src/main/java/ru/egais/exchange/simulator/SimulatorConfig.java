package ru.egais.exchange.simulator;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** The "try it without a UTM" mode: a simulated UTM started beside the service. Off unless asked for. */
@ConfigMapping(prefix = "egais.simulator")
public interface SimulatorConfig {

    /** Start a simulated UTM and configure a demo organization for it. */
    @WithDefault("false")
    boolean enabled();

    /** Port of the simulated UTM (a real UTM uses 8080; this one stays clear of it). */
    @WithDefault("18080")
    int port();

    /** FSRAR ID of the demo organization whose key the simulated UTM holds. */
    @WithDefault("030000000000")
    String fsrarId();

    /** How long the simulated EGAIS takes to answer. */
    @WithDefault("2S")
    Duration answerDelay();

    /** A folder of official XSDs to check received documents against (e.g. ../shared/egais/xsd). */
    Optional<Path> schemas();
}
