package ru.egais.exchange.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import ru.egais.exchange.document.DocumentStatus;
import ru.egais.exchange.document.ExchangeEvent;
import ru.egais.exchange.document.IncomingLogged;
import ru.egais.exchange.document.StatusChanged;
import ru.egais.exchange.inbox.IncomingQueries;
import ru.egais.exchange.inbox.IncomingView;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What changed for an organization while its exchange ran (1C's ВыполнитьОбмен returns it): the documents whose
 * status moved and the incoming documents that arrived. Observed after each commit, so a rolled-back change is
 * never reported; a document that moved twice (QUEUED → SENT → ACCEPTED) is one change from its first status to
 * its last. A change made meanwhile through the API for the same organization is reported too: it happened while
 * the exchange ran, and the caller learns of it all the same.
 */
@ApplicationScoped
public class ExchangeChanges {

    /** A document whose status moved. */
    @io.quarkus.runtime.annotations.RegisterForReflection
    public record DocumentChange(String id, String externalId, String type, DocumentStatus oldStatus,
                                 DocumentStatus newStatus) {
    }

    /** An incoming document that arrived (its type is known once it was processed). */
    @io.quarkus.runtime.annotations.RegisterForReflection
    public record IncomingArrival(String id, String type, String replyId) {
    }

    /** The changes of one organization's exchange, gathered from the commits of any thread. */
    static final class Recording {
        private final Map<String, DocumentChange> documents = new LinkedHashMap<>();
        private final Set<String> incoming = new LinkedHashSet<>();

        private synchronized void status(StatusChanged c) {
            DocumentChange earlier = documents.get(c.documentId());
            DocumentStatus from = earlier == null ? c.before() : earlier.oldStatus();
            documents.put(c.documentId(), new DocumentChange(c.documentId(), c.externalId(), c.docType(), from,
                    c.after()));
        }

        private synchronized void stored(String incomingId) {
            incoming.add(incomingId);
        }
    }

    private final Map<String, Recording> recordings = new ConcurrentHashMap<>();
    private final IncomingQueries incoming;

    public ExchangeChanges(IncomingQueries incoming) {
        this.incoming = incoming;
    }

    /** Starts recording the organization's changes; its exchange runs at most once at a time in this instance. */
    Recording start(String fsrarId) {
        Recording r = new Recording();
        recordings.put(fsrarId, r);
        return r;
    }

    void stop(String fsrarId, Recording r) {
        recordings.remove(fsrarId, r);
    }

    /** The documents that moved; one whose status came back where it was (cancelled, then restored) did not. */
    List<DocumentChange> documents(Recording r) {
        synchronized (r) {
            return r.documents.values().stream().filter(c -> c.oldStatus() != c.newStatus()).toList();
        }
    }

    List<IncomingArrival> incoming(Recording r) {
        List<String> ids;
        synchronized (r) {
            ids = new ArrayList<>(r.incoming);
        }
        return ids.isEmpty() ? List.of() : incoming.findIncoming(ids).stream()
                .map((IncomingView v) -> new IncomingArrival(v.id(), v.docType(), v.replyId())).toList();
    }

    void onStatusChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) StatusChanged change) {
        Recording r = recordings.get(change.fsrarId());
        if (r != null && !change.created()) {
            r.status(change);
        }
    }

    void onIncomingLogged(@Observes(during = TransactionPhase.AFTER_SUCCESS) IncomingLogged step) {
        Recording r = recordings.get(step.fsrarId());
        if (r != null && step.event() == ExchangeEvent.INCOMING_STORED) {
            r.stored(step.incomingId());
        }
    }
}
