package ru.egais.exchange.api;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A session id is random, lives while used, and ends after the timeout unused. */
class WebSessionsTest {

    @Test
    void aSessionEndsAfterTheTimeoutUnusedAndLivesWhileUsed() {
        LoginThrottleTest.HandClock clock = new LoginThrottleTest.HandClock();
        WebSessions sessions = new WebSessions(clock, Duration.ofHours(12));
        String id = sessions.open();
        assertThat(id).hasSize(64).isNotEqualTo(sessions.open());
        clock.now = clock.now.plus(Duration.ofHours(11));
        assertThat(sessions.isValid(id)).isTrue();
        clock.now = clock.now.plus(Duration.ofHours(11));
        assertThat(sessions.isValid(id)).as("extended by its use 11 h ago").isTrue();
        clock.now = clock.now.plus(Duration.ofHours(12));
        assertThat(sessions.isValid(id)).isFalse();
        assertThat(sessions.isValid(id)).isFalse();
        assertThat(sessions.isValid("0".repeat(64))).isFalse();
        assertThat(sessions.isValid(null)).isFalse();
    }
}
