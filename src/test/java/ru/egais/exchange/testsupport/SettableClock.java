package ru.egais.exchange.testsupport;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock in every {@code @QuarkusTest}: a test moves it ({@link #set}, {@link #tick}) instead of
 * sleeping until a lease, a back-off or a deadline has passed (db-scheduler's {@code SettableClock} is the model).
 * Enabled for the whole test application by {@code @Alternative @Priority}, so it replaces {@code ClockProducer}'s
 * system clock without a test profile (a profile would restart Quarkus); the packaged jar of the {@code *IT} suites
 * never sees it. A test that moves it calls {@link #reset} afterwards: the application, and so this clock, is shared
 * by every test class of the same profile.
 * <p>
 * Unlike db-scheduler's, it keeps running from where it was set: the service's own waits (the group commit's
 * writer, HTTP time-outs, a lease taken a moment ago) must still see time pass while a test is between two moves.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class SettableClock extends Clock {

    /** How far this clock is ahead of (or behind) the system's. */
    private volatile Duration offset = Duration.ZERO;

    /** A clock at the system's time, for plain unit tests (no CDI). */
    public SettableClock() {
    }

    /** Jumps to {@code instant}; the clock runs on from there. */
    public void set(Instant instant) {
        offset = Duration.between(Instant.now(), instant);
    }

    /** Moves the clock on by {@code amount} (negative moves it back). */
    public void tick(Duration amount) {
        offset = offset.plus(amount);
    }

    /** Back to the system's time. */
    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public long millis() {
        return instant().toEpochMilli();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The same settable time seen in another zone (moving this clock moves it too). */
    @Override
    public Clock withZone(ZoneId zone) {
        SettableClock source = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return source.instant();
            }

            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return source.withZone(other);
            }
        };
    }
}
