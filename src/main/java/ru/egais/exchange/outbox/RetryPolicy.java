package ru.egais.exchange.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** When to try again after UTM could not be reached: exponential back-off with jitter, capped. */
@ConfigMapping(prefix = "egais.outbox.retry")
public interface RetryPolicy {

    /** Wait after the first failed attempt; doubles with each further failure. */
    @WithDefault("10S")
    Duration initialBackoff();

    /** The longest wait between attempts, so a UTM back after a night's outage is used within this time. */
    @WithDefault("15M")
    Duration maxBackoff();

    /** Delay before attempt number {@code attempts + 1}; jitter of ±20% keeps many stores from retrying in step. */
    default Duration delayAfter(int attempts) {
        long initial = initialBackoff().toMillis();
        if (initial <= 0) {
            return Duration.ZERO;
        }
        int exponent = Math.min(Math.max(attempts - 1, 0), 20);
        long base = Math.min(initial << exponent, maxBackoff().toMillis());
        double jitter = 0.8 + ThreadLocalRandom.current().nextDouble() * 0.4;
        return Duration.ofMillis((long) (base * jitter));
    }
}
