package ru.egais.exchange.testsupport;

import java.time.Duration;
import java.util.function.Supplier;

/** Waits for something asynchronous (the background exchange) to come true; fails after the limit. */
public final class Eventually {

    private Eventually() {
    }

    public static <T> T await(Duration limit, Supplier<T> probe, java.util.function.Predicate<T> done) {
        long deadline = System.nanoTime() + limit.toNanos();
        T last = probe.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("still " + last + " after " + limit);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
            last = probe.get();
        }
        return last;
    }
}
