package ru.egais.exchange.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import org.jboss.logging.Logger;
import ru.egais.exchange.common.DomainException;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Supplier;

/**
 * Runs the write transactions of concurrent requests together: one writer takes what has queued up and commits
 * it as one transaction. On the embedded database every commit is a disk sync and there is one writer anyway, so
 * eight requests committed together cost one sync instead of eight. A request the domain refuses (a
 * {@link DomainException}: a conflict, an invalid field), raised before it writes, fails that request alone; a
 * commit that fails is retried request by request.
 */
@ApplicationScoped
public class GroupCommit {

    private static final Logger LOG = Logger.getLogger(GroupCommit.class);
    private static final int MAX_BATCH = 64;

    private record Work<T>(Supplier<T> work, CompletableFuture<T> result) {
    }

    /** Runs work in a transaction of its own: Quarkus's in the service; unit tests give their own. */
    interface NewTransactions {
        void run(Runnable work);

        <T> T call(Supplier<T> work);
    }

    private static final NewTransactions QUARKUS = new NewTransactions() {
        @Override
        public void run(Runnable work) {
            QuarkusTransaction.requiringNew().run(work);
        }

        @Override
        public <T> T call(Supplier<T> work) {
            return QuarkusTransaction.requiringNew().call(work::get);
        }
    };

    private final BlockingQueue<Work<?>> queue = new LinkedBlockingQueue<>();
    private final TransactionManager transactions;
    private final jakarta.persistence.EntityManager em;
    private final NewTransactions newTransactions;
    private final Thread writer;
    private volatile boolean running = true;

    @Inject
    public GroupCommit(TransactionManager transactions, jakarta.persistence.EntityManager em) {
        this(transactions, em, QUARKUS);
    }

    GroupCommit(TransactionManager transactions, jakarta.persistence.EntityManager em, NewTransactions newTransactions) {
        this.transactions = transactions;
        this.em = em;
        this.newTransactions = newTransactions;
        this.writer = new Thread(this::writeLoop, "group-commit");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    /** Runs {@code work} in a transaction committed with whatever else is waiting; returns its result. */
    public <T> T inTransaction(Supplier<T> work) {
        if (inTransactionAlready()) {
            return work.get(); // a caller holding the (single) connection must not wait for the writer
        }
        if (!writer.isAlive()) {
            throw writerDead();
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        queue.add(new Work<>(work, result));
        // Waits while the writer lives: a writer killed (an OutOfMemoryError) must not hang every request forever.
        while (true) {
            try {
                return result.get(1, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                if (!writer.isAlive() && !result.isDone()) {
                    throw writerDead();
                }
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new CompletionException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CompletionException(e);
            }
        }
    }

    /** How many requests wait for the writer (not counting the batch it is committing). */
    int queued() {
        return queue.size();
    }

    /** Whether the writer thread runs; liveness is DOWN without it (nothing could be stored). */
    public boolean isAlive() {
        return writer.isAlive();
    }

    private static GroupCommitStopped writerDead() {
        return new GroupCommitStopped();
    }

    private boolean inTransactionAlready() {
        try {
            return transactions.getStatus() != Status.STATUS_NO_TRANSACTION;
        } catch (SystemException e) {
            return false;
        }
    }

    private void writeLoop() {
        while (running) {
            List<Work<?>> batch = new ArrayList<>();
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            List<Object> results = new ArrayList<>();
            try {
                newTransactions.run(() -> {
                    for (Work<?> w : batch) {
                        try {
                            results.add(w.work().get());
                            // Each request's writes go out now and leave the session: otherwise every query of the
                            // next request would flush and dirty-check all that came before it in the group.
                            em.flush();
                            em.clear();
                        } catch (DomainException refused) {
                            // A service refuses before it writes (DomainException's contract): only this request
                            // fails, and what the others wrote commits.
                            results.add(refused);
                        }
                    }
                });
                for (int i = 0; i < batch.size(); i++) {
                    complete(batch.get(i), results.get(i));
                }
            } catch (RuntimeException commitFailed) {
                LOG.debugf(commitFailed, "group commit of %d failed; committing them one by one", batch.size());
                for (Work<?> w : batch) {
                    try {
                        complete(w, newTransactions.call(() -> w.work().get()));
                    } catch (RuntimeException e) {
                        w.result().completeExceptionally(e);
                    }
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void complete(Work<T> work, Object result) {
        if (result instanceof DomainException refused) {
            work.result().completeExceptionally(refused);
        } else {
            work.result().complete((T) result);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        writer.interrupt();
    }
}
