package ru.egais.exchange.api;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** Wrong tokens at the login slow the caller down, and many callers together close the form for a while. */
class LoginThrottleTest {

    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-12-01T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void fiveWrongTokensInAMinuteMakeTheCallerWaitUntilTheFirstIsAMinuteOld() {
        HandClock clock = new HandClock();
        LoginThrottle throttle = new LoginThrottle(clock);
        for (int i = 0; i < LoginThrottle.PER_CALLER; i++) {
            assertThat(throttle.waitFor("10.0.0.1")).isEmpty();
            throttle.recordFailure("10.0.0.1");
            clock.now = clock.now.plusSeconds(10);
        }
        assertThat(throttle.waitFor("10.0.0.1")).hasValue(Duration.ofSeconds(10));
        assertThat(throttle.waitFor("10.0.0.2")).isEmpty();
        clock.now = clock.now.plusSeconds(10);
        assertThat(throttle.waitFor("10.0.0.1")).isEmpty();
    }

    @Test
    void manyCallersGuessingTogetherCloseTheFormForEveryone() {
        HandClock clock = new HandClock();
        LoginThrottle throttle = new LoginThrottle(clock);
        for (int i = 0; i < LoginThrottle.OVERALL; i++) {
            throttle.recordFailure("10.0.1." + i);
        }
        assertThat(throttle.waitFor("192.168.0.9")).isPresent();
        clock.now = clock.now.plus(LoginThrottle.WINDOW);
        assertThat(throttle.waitFor("192.168.0.9")).isEmpty();
    }
}
