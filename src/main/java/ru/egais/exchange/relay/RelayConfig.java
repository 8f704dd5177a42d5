package ru.egais.exchange.relay;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The head-office relay ({@code egais.relay.*}); each peer's own settings are stored with the peer. */
@ConfigMapping(prefix = "egais.relay")
public interface RelayConfig {

    /** How often peers are looked at for a due exchange (read by the schedule of {@code RelayScheduleJob}). */
    @WithDefault("30s")
    Duration tick();

    /** {@code false} turns the background relay off (tests drive it themselves). */
    @WithDefault("true")
    boolean scheduleEnabled();

    /** A peer's message file larger than this (bytes) is set aside unread, never held in memory (32 MiB). */
    @WithDefault("33554432")
    long maxMessageBytes();
}
