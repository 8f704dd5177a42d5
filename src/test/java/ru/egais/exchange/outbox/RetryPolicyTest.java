package ru.egais.exchange.outbox;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The back-off after UTM could not be reached, outside Quarkus (the test profile sets it to 0, so no other test
 * exercises it): doubling from the initial wait, capped, ±20% jitter, and no giving up.
 */
class RetryPolicyTest {

    private static final int SAMPLES = 200;

    /** Ten seconds doubling to at most fifteen minutes: the service's defaults. */
    private final RetryPolicy policy = policy(Duration.ofSeconds(10), Duration.ofMinutes(15));

    @Test
    void theWaitDoublesWithEachFailureWithinTheJitter() {
        for (int attempts = 1; attempts <= 6; attempts++) {
            long base = 10_000L << (attempts - 1); // 10 s, 20 s, 40 s, 80 s, 160 s, 320 s
            for (int i = 0; i < SAMPLES; i++) {
                assertThat(policy.delayAfter(attempts).toMillis()).as("after %d failures", attempts)
                        .isBetween(base * 8 / 10, base * 12 / 10);
            }
        }
    }

    @Test
    void theWaitNeverPassesTheCapHoweverLongUtmIsAway() {
        long cap = Duration.ofMinutes(15).toMillis();
        for (int attempts : new int[] {8, 9, 20, 21, 64, 10_000, Integer.MAX_VALUE}) {
            for (int i = 0; i < SAMPLES; i++) {
                // an outage of a night is thousands of attempts: never an overflow, never a negative wait
                assertThat(policy.delayAfter(attempts).toMillis()).as("after %d failures", attempts)
                        .isBetween(cap * 8 / 10, cap * 12 / 10);
            }
        }
    }

    @Test
    void aFirstOrUncountedAttemptWaitsTheInitialBackOff() {
        for (int attempts : new int[] {-1, 0, 1}) {
            assertThat(policy.delayAfter(attempts).toMillis()).as("after %d failures", attempts)
                    .isBetween(8_000L, 12_000L);
        }
    }

    @Test
    void theJitterSpreadsStoresThatFailedTogether() {
        Set<Long> waits = new HashSet<>();
        for (int i = 0; i < SAMPLES; i++) {
            waits.add(policy.delayAfter(3).toMillis());
        }
        // 200 draws from a 16-second window: a constant wait would be one value (many stores retrying in step)
        assertThat(waits).hasSizeGreaterThan(SAMPLES / 2);
    }

    @Test
    void aZeroInitialBackOffRetriesAtOnce() {
        RetryPolicy none = policy(Duration.ZERO, Duration.ofMinutes(15));
        for (int attempts : new int[] {0, 1, 5, 1000}) {
            assertThat(none.delayAfter(attempts)).isZero();
        }
    }

    @Test
    void aCapBelowTheInitialWaitIsTheWait() {
        RetryPolicy capped = policy(Duration.ofMinutes(1), Duration.ofSeconds(30));
        for (int attempts = 1; attempts <= 5; attempts++) {
            assertThat(capped.delayAfter(attempts).toMillis()).isBetween(24_000L, 36_000L);
        }
    }

    private static RetryPolicy policy(Duration initial, Duration max) {
        return new RetryPolicy() {
            @Override
            public Duration initialBackoff() {
                return initial;
            }

            @Override
            public Duration maxBackoff() {
                return max;
            }
        };
    }
}
