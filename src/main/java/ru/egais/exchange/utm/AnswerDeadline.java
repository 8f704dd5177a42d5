package ru.egais.exchange.utm;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A deadline for the whole answer of one UTM call: when it passes, {@code onExpiry} cancels the call (aborts the
 * request, closes the body being read), which wakes the caller blocked in a read. The JDK client's own time-out
 * covers each wait, not the answer, so a UTM trickling a byte every few seconds would never reach it.
 */
final class AnswerDeadline implements AutoCloseable {

    private static final ScheduledExecutorService TIMER = timer();

    private final Duration limit;
    private final ScheduledFuture<?> expiry;
    private volatile boolean expired;

    private AnswerDeadline(Duration limit, Runnable onExpiry) {
        this.limit = limit;
        this.expiry = TIMER.schedule(() -> {
            expired = true;
            onExpiry.run();
        }, limit.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Cancelled deadlines leave the queue at once: each holds its call's response, and with a deadline of minutes
     * thousands of finished calls would otherwise stay reachable until their time came.
     */
    private static ScheduledExecutorService timer() {
        java.util.concurrent.ScheduledThreadPoolExecutor timer = new java.util.concurrent.ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "utm-answer-deadline");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }

    static AnswerDeadline start(Duration limit, Runnable onExpiry) {
        return new AnswerDeadline(limit, onExpiry);
    }

    boolean expired() {
        return expired;
    }

    /** The failure a call past its deadline ends with: a time-out, and a POST may have been taken. */
    UtmException timeout(String what) {
        return new UtmException("UTM did not answer " + what + " within " + limit.toSeconds()
                + " s (egais.utm.answer-deadline); call cancelled",
                new java.net.http.HttpTimeoutException("answer deadline of " + limit + " passed"), true);
    }

    @Override
    public void close() {
        expiry.cancel(false);
    }
}
