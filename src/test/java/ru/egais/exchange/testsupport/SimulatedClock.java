package ru.egais.exchange.testsupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock set by a test (a simulated year in minutes), running on from each instant it is set to. An alternative, active only in a test profile
 * that enables it ({@code QuarkusTestProfile#getEnabledAlternatives}); every other test keeps the system clock.
 */
@Alternative
@ApplicationScoped
public class SimulatedClock extends Clock {

    /** The instant last set, and when (System.nanoTime) it was set: time goes on from there as it does. */
    private record Base(Instant at, long nanos) {
    }

    private volatile Base base = new Base(Instant.now(), System.nanoTime());

    /**
     * Jumps to {@code instant}; the clock keeps running from there, because waits and time-outs inside the service
     * (leases, back-off, deadlines) must still see time pass.
     */
    public void set(Instant instant) {
        base = new Base(instant, System.nanoTime());
    }

    @Override
    public Instant instant() {
        Base b = base;
        return b.at().plusNanos(System.nanoTime() - b.nanos());
    }

    @Override
    public long millis() {
        return instant().toEpochMilli();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }
}
