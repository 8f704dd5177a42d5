package ru.egais.exchange.utm;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A deadline for the whole answer of one UTM call, watched for the thread making it: when it passes while the
 * thread still waits for the status line it is interrupted (the JDK client then aborts the request); once the
 * answer's body is being read, the body is closed instead, which ends the blocked read. The JDK client's own
 * time-out covers each wait, not the answer, so a UTM trickling a byte every few seconds would never reach it.
 *
 * <p>The call is made with the client's synchronous {@code send} rather than {@code sendAsync} plus a cancel: the
 * JDK's {@code sendAsync} hands every completed answer to {@code CompletableFuture}'s default executor, which on a
 * machine of two cores or fewer (a store PC) starts a new thread for each — about a millisecond a POST, the drain's
 * unexplained share (QueueDrainBench, JFR: one {@code ThreadStart} per document).
 */
final class AnswerDeadline implements AutoCloseable {

    private static final ScheduledExecutorService TIMER = timer();

    private final Duration limit;
    private final Thread caller;
    private final ScheduledFuture<?> expiry;
    // Guarded by this: the expiry and the caller's steps never interleave, so an interrupt can only land while the
    // caller waits for the status line, and never outlives the call.
    private InputStream body;
    private boolean done;
    private boolean expired;
    private boolean interrupted;

    private AnswerDeadline(Duration limit) {
        this.limit = limit;
        this.caller = Thread.currentThread();
        this.expiry = TIMER.schedule(this::expire, limit.toMillis(), TimeUnit.MILLISECONDS);
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

    /** Starts the deadline of a call the current thread is about to make. */
    static AnswerDeadline start(Duration limit) {
        return new AnswerDeadline(limit);
    }

    private synchronized void expire() {
        if (done) {
            return;
        }
        expired = true;
        if (body != null) {
            closeQuietly(body);
        } else {
            interrupted = true;
            caller.interrupt();
        }
    }

    /**
     * The status line came and the body is about to be read: from now on the deadline closes the body. Fails with
     * the time-out if the deadline passed already (the caller's interrupt, if one was sent, is cleared then).
     */
    synchronized void reading(InputStream answerBody, String what) throws UtmException {
        if (expired) {
            closeQuietly(answerBody);
            clearInterrupt();
            throw timeout(what);
        }
        body = answerBody;
    }

    synchronized boolean expired() {
        return expired;
    }

    /** The failure a call past its deadline ends with: a time-out, and a POST may have been taken. */
    UtmException timeout(String what) {
        return new UtmException("UTM did not answer " + what + " within " + limit.toSeconds()
                + " s (egais.utm.answer-deadline); call cancelled",
                new java.net.http.HttpTimeoutException("answer deadline of " + limit + " passed"), true);
    }

    private void clearInterrupt() {
        if (interrupted) {
            Thread.interrupted();
            interrupted = false;
        }
    }

    /** The call is over: the deadline does nothing more, and an interrupt it sent does not outlive the call. */
    @Override
    public synchronized void close() {
        done = true;
        expiry.cancel(false);
        clearInterrupt();
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException | RuntimeException ignored) {
            // closing to end a read that ran past its deadline; nothing more to do
        }
    }
}
