package ru.egais.exchange.outbox;

import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.common.DomainException;
import ru.egais.exchange.common.StateConflict;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The group commit outside Quarkus: a stand-in for the database records what each transaction wrote and whether it
 * committed. A first request held inside the writer's transaction lets the next ones queue up, so the batches are
 * known exactly, not left to thread timing.
 */
class GroupCommitTest {

    /** Bounds only a hang (a lost wake-up, a waiter never completed); nothing here waits on time otherwise. */
    private static final long HANG_SECONDS = 30;

    private final Database database = new Database();
    private int transactionStatus = Status.STATUS_NO_TRANSACTION;
    private final GroupCommit groupCommit = new GroupCommit(transactionManager(), entityManager(), database);
    private final CountDownLatch holding = new CountDownLatch(1);
    private final CountDownLatch letGo = new CountDownLatch(1);

    @AfterEach
    void stopWriter() {
        letGo.countDown();
        groupCommit.stop(null);
    }

    @Test
    void requestsThatQueuedTogetherAreCommittedAsOneTransactionInTheirOrder() throws Exception {
        CompletableFuture<String> first = holdWriterWith("A");
        List<CompletableFuture<String>> queued = new ArrayList<>();
        for (String name : List.of("B", "C", "D", "E", "F")) {
            queued.add(queue(name, () -> database.write(name)));
        }
        letGo.countDown();

        assertThat(first.get(HANG_SECONDS, TimeUnit.SECONDS)).isEqualTo("A");
        for (int i = 0; i < queued.size(); i++) {
            assertThat(queued.get(i).get(HANG_SECONDS, TimeUnit.SECONDS)).isEqualTo(List.of("B", "C", "D", "E", "F").get(i));
        }
        assertThat(database.committed).containsExactly(List.of("A"), List.of("B", "C", "D", "E", "F"));
        assertThat(database.transactions).isEqualTo(2);
    }

    @Test
    void aRefusedRequestFailsAloneAndDoesNotSpoilItsBatch() throws Exception {
        CompletableFuture<String> first = holdWriterWith("A");
        CompletableFuture<String> before = queue("B", () -> database.write("B"));
        StateConflict refusal = new StateConflict("refused before writing");
        CompletableFuture<String> refused = queue("R", () -> {
            database.ran("R");
            throw refusal;
        });
        CompletableFuture<String> after = queue("C", () -> database.write("C"));
        letGo.countDown();

        assertThat(first.get(HANG_SECONDS, TimeUnit.SECONDS)).isEqualTo("A");
        assertThat(before.get(HANG_SECONDS, TimeUnit.SECONDS)).isEqualTo("B");
        assertThat(after.get(HANG_SECONDS, TimeUnit.SECONDS)).isEqualTo("C");
        assertThatThrownBy(() -> refused.get(HANG_SECONDS, TimeUnit.SECONDS)).hasCauseReference(refusal);
        assertThat(database.committed).as("one commit for the batch, nothing of R's")
                .containsExactly(List.of("A"), List.of("B", "C"));
        assertThat(database.runs).as("the refused request is not run again one by one").containsOnlyOnce("R");
    }

    @Test
    void aCommitThatKeepsFailingFailsEveryWaiterAndNoneHangs() throws Exception {
        CompletableFuture<String> first = holdWriterWith("A");
        database.failCommitWhen(written -> true);
        List<CompletableFuture<String>> queued = new ArrayList<>();
        for (String name : List.of("B", "C", "D")) {
            queued.add(queue(name, () -> database.write(name)));
        }
        letGo.countDown();

        assertThatThrownBy(() -> first.get(HANG_SECONDS, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).hasMessageContaining("disk full");
        for (CompletableFuture<String> waiter : queued) {
            assertThatThrownBy(() -> waiter.get(HANG_SECONDS, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).hasMessageContaining("disk full");
        }
        assertThat(database.committed).isEmpty();
    }

    @Test
    void aRequestWhoseWritesBreakTheCommitFailsAloneTheOthersAreCommittedOneByOne() throws Exception {
        CompletableFuture<String> first = holdWriterWith("A");
        database.failCommitWhen(written -> written.contains("P"));
        CompletableFuture<String> before = queue("B", () -> database.write("B"));
        CompletableFuture<String> poison = queue("P", () -> database.write("P"));
        CompletableFuture<String> after = queue("C", () -> database.write("C"));
        letGo.countDown();

        assertThat(first.get(HANG_SECONDS, TimeUnit.SECONDS)).isEqualTo("A");
        assertThat(before.get(HANG_SECONDS, TimeUnit.SECONDS)).isEqualTo("B");
        assertThat(after.get(HANG_SECONDS, TimeUnit.SECONDS)).isEqualTo("C");
        assertThatThrownBy(() -> poison.get(HANG_SECONDS, TimeUnit.SECONDS)).hasMessageContaining("disk full");
        assertThat(database.committed).as("the batch rolled back, then each in a transaction of its own")
                .containsExactly(List.of("A"), List.of("B"), List.of("C"));
    }

    @Test
    void aCallerAlreadyInATransactionRunsItsWorkItselfWithoutWaitingForTheWriter() {
        transactionStatus = Status.STATUS_ACTIVE;
        Thread caller = Thread.currentThread();

        assertThat(groupCommit.inTransaction(() -> Thread.currentThread() == caller)).isTrue();
        assertThat(database.transactions).as("the caller's transaction holds it").isZero();
    }

    @Test
    void aStoppedWriterRefusesRequestsInsteadOfHangingThem() {
        groupCommit.stop(null);
        await(() -> !groupCommit.isAlive());

        assertThatThrownBy(() -> groupCommit.inTransaction(() -> database.write("late")))
                .isInstanceOfSatisfying(GroupCommitStopped.class,
                        e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.SERVICE_STOPPED));
        assertThat(database.runs).isEmpty();
    }

    /** Submits a request whose work holds the writer inside its transaction until {@link #letGo}. */
    private CompletableFuture<String> holdWriterWith(String name) throws InterruptedException {
        CompletableFuture<String> result = CompletableFuture.supplyAsync(() -> groupCommit.inTransaction(() -> {
            holding.countDown();
            try {
                letGo.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return database.write(name);
        }));
        assertThat(holding.await(HANG_SECONDS, TimeUnit.SECONDS)).as("the writer took the first request").isTrue();
        return result;
    }

    /** Submits a request from a thread of its own and returns once it waits in the queue (so the order is known). */
    private CompletableFuture<String> queue(String name, Supplier<String> work) {
        int before = groupCommit.queued();
        CompletableFuture<String> result = new CompletableFuture<>();
        Thread caller = new Thread(() -> {
            try {
                result.complete(groupCommit.inTransaction(work));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        }, "request-" + name);
        caller.start();
        await(() -> groupCommit.queued() > before);
        return result;
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(HANG_SECONDS);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not so after " + HANG_SECONDS + " s");
            }
            LockSupport.parkNanos(100_000); // another thread is about to make it so
        }
    }

    /** The database: each transaction's writes, kept only when its commit succeeds. */
    private static final class Database implements GroupCommit.NewTransactions {
        final List<List<String>> committed = new ArrayList<>();
        final List<String> runs = new ArrayList<>();
        volatile int transactions;
        private List<String> open;
        private volatile Predicate<List<String>> commitFails = written -> false;

        void failCommitWhen(Predicate<List<String>> fails) {
            commitFails = fails;
        }

        synchronized void ran(String name) {
            runs.add(name);
        }

        synchronized String write(String name) {
            runs.add(name);
            open.add(name);
            return name;
        }

        @Override
        public void run(Runnable work) {
            call(() -> {
                work.run();
                return null;
            });
        }

        @Override
        public <T> T call(Supplier<T> work) {
            synchronized (this) {
                transactions++;
                open = new ArrayList<>();
            }
            T result = work.get(); // an exception: rolled back, as Quarkus's transaction does
            synchronized (this) {
                if (commitFails.test(open)) {
                    throw new IllegalStateException("commit failed: disk full");
                }
                committed.add(List.copyOf(open));
            }
            return result;
        }
    }

    private TransactionManager transactionManager() {
        return (TransactionManager) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {TransactionManager.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getStatus" -> transactionStatus;
                    case "toString" -> "transactions";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** The group commit flushes and clears the session after each request; nothing to do without a database. */
    private EntityManager entityManager() {
        return (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {EntityManager.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "flush", "clear" -> null;
                    case "toString" -> "entityManager";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
