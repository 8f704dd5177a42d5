package ru.egais.exchange.api;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing the API token at the login form: a caller with 5 wrong tokens within a minute waits until the
 * oldest of them is a minute old; 30 wrong tokens from all callers together within a minute close the form for
 * everyone for that while (many addresses guessing at once). A right token is never refused while not locked.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int PER_CALLER = 5;
    static final int OVERALL = 30;
    static final Duration WINDOW = Duration.ofMinutes(1);

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Deque<Instant> all = new ArrayDeque<>();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the caller must wait before trying again, if it must. */
    public synchronized Optional<Duration> waitFor(String caller) {
        Instant now = Instant.now(clock);
        Deque<Instant> mine = failures.get(caller);
        Optional<Duration> own = mine == null ? Optional.empty() : wait(mine, PER_CALLER, now);
        return own.isPresent() ? own : wait(all, OVERALL, now);
    }

    public synchronized void recordFailure(String caller) {
        Instant now = Instant.now(clock);
        failures.computeIfAbsent(caller, c -> new ArrayDeque<>()).addLast(now);
        all.addLast(now);
        failures.values().removeIf(d -> {
            prune(d, now);
            return d.isEmpty();
        });
    }

    private static Optional<Duration> wait(Deque<Instant> attempts, int limit, Instant now) {
        prune(attempts, now);
        if (attempts.size() < limit) {
            return Optional.empty();
        }
        Duration left = Duration.between(now, attempts.peekFirst().plus(WINDOW));
        return Optional.of(left.isNegative() || left.isZero() ? Duration.ofSeconds(1) : left);
    }

    private static void prune(Deque<Instant> attempts, Instant now) {
        while (!attempts.isEmpty() && !attempts.peekFirst().plus(WINDOW).isAfter(now)) {
            attempts.removeFirst();
        }
    }
}
