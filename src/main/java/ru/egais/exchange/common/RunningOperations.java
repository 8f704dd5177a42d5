package ru.egais.exchange.common;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Long operations under way (an exchange over many organizations, loading a large document from UTM), with their
 * progress, for the operator's page; the last few finished ones stay listed a while with their outcome. In memory
 * only: after a restart nothing is running.
 */
@ApplicationScoped
public class RunningOperations {

    private static final int FINISHED_KEPT = 20;
    private static final Duration FINISHED_SHOWN = Duration.ofMinutes(10);

    /** An operation as the page shows it; {@code total} 0 when unknown, {@code outcome} null while running. */
    public record View(long id, String kind, String subject, String step, long done, long total, Instant startedAt,
                       Instant finishedAt, String outcome, boolean failed) {

        public boolean running() {
            return finishedAt == null;
        }

        /** Percent done, or -1 when the total is unknown. */
        public int percent() {
            return total <= 0 ? -1 : (int) Math.min(100, done * 100 / total);
        }
    }

    private final Clock clock;
    private final AtomicLong ids = new AtomicLong();
    private final ConcurrentHashMap<Long, Operation> running = new ConcurrentHashMap<>();
    private final Deque<View> finished = new ConcurrentLinkedDeque<>();

    public RunningOperations(Clock clock) {
        this.clock = clock;
    }

    /** Starts an operation; close it (try-with-resources) when it ends, after {@link Operation#succeeded} or not. */
    public Operation start(String kind, String subject) {
        Operation op = new Operation(ids.incrementAndGet(), kind, subject, Instant.now(clock));
        running.put(op.id, op);
        return op;
    }

    /** Running operations first (oldest first), then recently finished ones (newest first). */
    public List<View> list() {
        Instant shownSince = Instant.now(clock).minus(FINISHED_SHOWN);
        List<View> views = new ArrayList<>(running.values().stream().map(Operation::view)
                .sorted(Comparator.comparingLong(View::id)).toList());
        finished.stream().filter(v -> v.finishedAt().isAfter(shownSince)).forEach(views::add);
        return views;
    }

    public boolean anyRunning() {
        return !running.isEmpty();
    }

    /** One operation in progress; its progress is updated by the thread doing the work and read by page views. */
    public final class Operation implements AutoCloseable {
        private final long id;
        private final String kind;
        private final String subject;
        private final Instant startedAt;
        private volatile String step = "";
        private volatile long done;
        private volatile long total;
        private volatile String outcome;
        private volatile boolean failed = true;

        private Operation(long id, String kind, String subject, Instant startedAt) {
            this.id = id;
            this.kind = kind;
            this.subject = subject;
            this.startedAt = startedAt;
        }

        public Operation progress(String step, long done, long total) {
            this.step = step;
            this.done = done;
            this.total = total;
            return this;
        }

        public void succeeded(String outcome) {
            this.outcome = outcome;
            this.failed = false;
        }

        public void failed(String why) {
            this.outcome = why;
            this.failed = true;
        }

        View view() {
            return new View(id, kind, subject, step, done, total, startedAt, null, null, false);
        }

        @Override
        public void close() {
            if (running.remove(id) == null) {
                return;
            }
            String result = outcome != null ? outcome : failed ? "ended by an error" : "done";
            finished.addFirst(new View(id, kind, subject, step, done, total, startedAt, Instant.now(clock), result, failed));
            while (finished.size() > FINISHED_KEPT) {
                finished.pollLast();
            }
        }
    }
}
