package ru.egais.exchange.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Document events to a message broker ({@code egais.events.*}; the broker itself is {@code mp.messaging.*}). */
@ConfigMapping(prefix = "egais.events")
public interface EventsConfig {

    /** Write an event for every status change and publish it; nothing is written while off. */
    @WithDefault("false")
    boolean enabled();

    /** How often written events are looked for to publish (read by the schedule of {@code DocumentEventPublisher}). */
    @WithDefault("1s")
    Duration poll();

    /** The broker's exchange the events go to (read by {@code mp.messaging.outgoing.document-events}). */
    @WithDefault("egais.document-events")
    String exchange();
}
