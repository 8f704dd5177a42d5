package ru.egais.exchange.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * Sending the queue ({@code egais.outbox.*}). The back-off after a failed send is {@link RetryPolicy}
 * ({@code egais.outbox.retry.*}), the check before queueing {@link SchemaCheckConfig} ({@code egais.schemas.*}).
 */
@ConfigMapping(prefix = "egais.outbox")
public interface OutboxConfig {

    /**
     * Messages claimed, posted and recorded together in one pass: two durable commits shared by up to this many
     * (each commit is a disk sync on the embedded database). The next batch is claimed while one is posted, so a
     * crash mid-pass leaves at most twice this many in doubt, each looked for in UTM's /opt/in before it is posted
     * again.
     */
    @WithDefault("50")
    int batchSize();

    /**
     * With several instances on one database, a claim without a lease older than this is taken back to the queue,
     * in doubt (the embedded database takes back every claim at start).
     */
    @WithDefault("5M")
    Duration abandonedAfter();

    /** How often abandoned claims are looked for (read by the schedule of {@code AbandonedSendRecovery}). */
    @WithDefault("30s")
    Duration reclaimEvery();
}
