package ru.egais.exchange.exchange;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The background exchange schedule ({@code egais.exchange.*}); each organization has its own interval. */
@ConfigMapping(prefix = "egais.exchange")
public interface ExchangeConfig {

    /**
     * How often the schedule looks for organizations whose exchange is due (read by the schedule of
     * {@code ExchangeScheduleJob}).
     */
    @WithDefault("5s")
    Duration tick();

    /** {@code false} turns the background exchange off (tests drive it through the API). */
    @WithDefault("true")
    boolean scheduleEnabled();
}
