package ru.egais.exchange.outbox;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import ru.egais.exchange.cluster.InFlight;
import ru.egais.exchange.document.DocumentStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The database side of a drain: claims the next batch, records what became of a posted one, and keeps the claims
 * marked in flight meanwhile (the heartbeat keeps those claims alive). Claims and records are short transactions,
 * run on threads of their own so that the drain's thread waits on the UTM only, never on a durable commit.
 */
@ApplicationScoped
class ClaimsAndRecords {

    private static final Logger LOG = Logger.getLogger(ClaimsAndRecords.class);

    private final OutboxTransactions transactions;
    private final OrphanAnswers orphans;
    private final InFlight inFlight;
    private final OutboxConfig config;
    /**
     * Where a drain's claims and records run while its own thread posts. Its own threads, not the worker pool the
     * drains themselves run on: a drain waiting for work queued behind other drains would never be let go.
     */
    private final ExecutorService databaseWork = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "outbox-database-work");
        t.setDaemon(true);
        return t;
    });

    ClaimsAndRecords(OutboxTransactions transactions, OrphanAnswers orphans, InFlight inFlight, OutboxConfig config) {
        this.transactions = transactions;
        this.orphans = orphans;
        this.inFlight = inFlight;
        this.config = config;
    }

    @PreDestroy
    void stopDatabaseWork() {
        databaseWork.shutdown();
    }

    /** Claims the organization's next batch ({@link OutboxConfig#batchSize()}) and marks it in flight. */
    List<OutboxTransactions.Claimed> claim(String fsrarId, Long mark) {
        List<OutboxTransactions.Claimed> batch = transactions.claimBatch(fsrarId, config.batchSize(), mark);
        inFlight.add(batch.stream().map(OutboxTransactions.Claimed::messageId).toList());
        return batch;
    }

    /** {@link #claim} on the database threads, while the caller posts the batch before. */
    CompletableFuture<List<OutboxTransactions.Claimed>> claimAhead(String fsrarId, Long mark) {
        return CompletableFuture.supplyAsync(() -> claim(fsrarId, mark), databaseWork);
    }

    /** Claims never posted: their lease runs out and returns them to the queue. */
    void forget(List<OutboxTransactions.Claimed> claims) {
        inFlight.remove(claims.stream().map(OutboxTransactions.Claimed::messageId).toList());
    }

    /**
     * Records a posted batch after the records before it (they keep their order), on the database threads; counts
     * what was sent ({@code outcome[0]}) and rejected ({@code outcome[1]}).
     */
    CompletableFuture<Void> recordAfter(CompletableFuture<Void> before, String fsrarId, List<SendResult> results,
                                        int[] outcome) {
        return before.thenRunAsync(() -> recordTracked(fsrarId, results, outcome), databaseWork);
    }

    /** Posts one claimed message on the caller's thread and records it, in flight meanwhile. */
    void postTracked(String fsrarId, OutboxTransactions.Claimed claimed, Supplier<SendResult> post) {
        inFlight.add(List.of(claimed.messageId()));
        try {
            record(fsrarId, List.of(post.get()));
        } finally {
            inFlight.remove(List.of(claimed.messageId()));
        }
    }

    private void recordTracked(String fsrarId, List<SendResult> results, int[] outcome) {
        List<String> ids = results.stream().map(SendResult::messageId).toList();
        List<DocumentStatus> statuses;
        try {
            statuses = record(fsrarId, results);
        } finally {
            inFlight.remove(ids);
        }
        for (DocumentStatus status : statuses) {
            if (status == DocumentStatus.SENT) {
                outcome[0]++;
            } else if (status == DocumentStatus.REJECTED) {
                outcome[1]++;
            }
        }
    }

    /**
     * Records what became of the posted messages; answers that came for a replyId before we knew it was ours (a
     * document found in UTM's /opt/in) are then processed again so they reach it.
     */
    private List<DocumentStatus> record(String fsrarId, List<SendResult> results) {
        List<DocumentStatus> statuses;
        try {
            statuses = transactions.recordBatch(results);
        } catch (RuntimeException e) {
            // One of them changed under us (its claim expired and another instance took it back): the version check
            // refused the whole batch, so each is recorded alone and only that one is left to the other instance.
            LOG.warnf("Recording %d results together failed (%s); recording them one by one", results.size(), e);
            statuses = new ArrayList<>();
            for (SendResult r : results) {
                try {
                    statuses.add(transactions.recordBatch(List.of(r)).get(0));
                } catch (RuntimeException alone) {
                    LOG.warnf("Result for message %s not recorded: %s", r.messageId(), alone);
                    statuses.add(null);
                }
            }
        }
        for (SendResult r : results) {
            if (r.foundReplyId() != null) {
                orphans.reopenAnswersTo(fsrarId, r.foundReplyId());
            }
        }
        return statuses;
    }

    /** The result of work done on the database threads, its failure thrown as it was. */
    static <T> T join(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
