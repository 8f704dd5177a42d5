package ru.egais.exchange.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Listed documents that could not be loaded (a 404 because another program deleted one between list and fetch, a
 * 5xx for one document, a refused URL): each is skipped so it never blocks the entries after it, and retried with
 * a back-off doubling from {@code egais.incoming.fetch-retry-initial} up to {@code …-max}. Kept in memory: after a
 * restart each is simply tried once more. An entry no longer listed is forgotten.
 */
@ApplicationScoped
public class IncomingFetchFailures {

    /** One listed URL that failed, how often, when it may be tried again, and the last reason. */
    public record Failure(String url, int failures, Instant retryAt, String lastError) {
    }

    private final Clock clock;
    private final Duration initial;
    private final Duration max;
    private final int shownAfter;
    private final Map<String, Map<String, Failure>> byOrganization = new ConcurrentHashMap<>();

    @Inject
    public IncomingFetchFailures(Clock clock, IncomingConfig config) {
        this(clock, config.fetchRetryInitial(), config.fetchRetryMax(), config.fetchFailuresShown());
    }

    public IncomingFetchFailures(Clock clock, Duration initial, Duration max, int shownAfter) {
        this.clock = clock;
        this.initial = initial;
        this.max = max;
        this.shownAfter = shownAfter;
    }

    /** Whether the URL failed before and its back-off has not passed yet. */
    public boolean waiting(String fsrarId, String url) {
        Failure f = of(fsrarId).get(url);
        return f != null && Instant.now(clock).isBefore(f.retryAt());
    }

    /** Records a failure and returns it with its next attempt. */
    public Failure failed(String fsrarId, String url, String error) {
        return of(fsrarId).compute(url, (u, before) -> {
            int failures = before == null ? 1 : before.failures() + 1;
            Duration wait = initial.multipliedBy(1L << Math.min(failures - 1, 20));
            if (wait.compareTo(max) > 0 || wait.isNegative()) {
                wait = max;
            }
            return new Failure(u, failures, Instant.now(clock).plus(wait), error);
        });
    }

    public void succeeded(String fsrarId, String url) {
        of(fsrarId).remove(url);
    }

    /** Forgets failures of URLs the UTM no longer lists (deleted by another program, or loaded at last). */
    public void keepOnly(String fsrarId, Collection<String> listedUrls) {
        Set<String> listed = new HashSet<>(listedUrls);
        of(fsrarId).keySet().removeIf(u -> !listed.contains(u));
    }

    /** Entries that failed {@code egais.incoming.fetch-failures-shown} times or more: an operator should look. */
    public List<Failure> repeated(String fsrarId) {
        List<Failure> shown = new ArrayList<>();
        of(fsrarId).values().stream().filter(f -> f.failures() >= shownAfter).forEach(shown::add);
        return shown;
    }

    /** Every failing entry of the organization. */
    public List<Failure> all(String fsrarId) {
        return List.copyOf(of(fsrarId).values());
    }

    private Map<String, Failure> of(String fsrarId) {
        return byOrganization.computeIfAbsent(fsrarId, k -> new ConcurrentHashMap<>());
    }
}
