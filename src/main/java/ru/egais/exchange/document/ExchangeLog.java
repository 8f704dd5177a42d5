package ru.egais.exchange.document;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import ru.egais.exchange.common.Ids;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The exchange log (протокол обмена): appends a step for a document or an incoming document, in the caller's
 * transaction, so a change and its record commit together or not at all.
 */
@ApplicationScoped
public class ExchangeLog implements PanacheRepositoryBase<ExchangeLogEntry, String>, DocumentTransitions.Log {

    private static final int MAX_DETAIL = 4000;
    /** Key of this transaction's map: document id → its last step logged in it ({step, statusAfter}). */
    private static final Object STEPS_LOGGED = new Object();

    /**
     * Where the steps logged in the current transaction are kept: a batch of the drain logs a step for each of its
     * 50 documents, and looking each one's previous step up with a flush of all that came before made the batch's
     * cost grow with its square (QueueDrainBench with JFR: most of the drain's database time).
     */
    @jakarta.inject.Inject
    jakarta.transaction.TransactionSynchronizationRegistry transaction;

    private final Clock clock;
    private final Event<ChangeLogged> changes;
    private final Event<StatusChanged> statusChanges;
    private final Event<IncomingLogged> incomingSteps;

    public ExchangeLog(Clock clock, Event<ChangeLogged> changes,
                       Event<StatusChanged> statusChanges, Event<IncomingLogged> incomingSteps) {
        this.statusChanges = statusChanges;
        this.incomingSteps = incomingSteps;
        this.clock = clock;
        this.changes = changes;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void document(Document document, ExchangeEvent event, String detail) {
        append(document, event, null, detail);
    }

    /**
     * The first step of a document created in this transaction: nothing is logged for it yet, so the look-up of
     * the previous step (a query, and a flush of everything pending, in every preparation) is skipped.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void created(Document document, ExchangeEvent event, String detail) {
        append(document, event, null, detail, null);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(Document document, ExchangeEvent event, StatusEvent statusEvent, String detail) {
        // The document's previous step: its number, and the status it left (a status change is an event). A step
        // logged in this transaction is known without a query; any other is in the database, so the query need not
        // flush what is pending (every step goes through here and is remembered).
        Object[] previous = stepsLoggedNow().get(document.id);
        if (previous == null) {
            previous = getEntityManager().createQuery("select e.step, e.statusAfter from ExchangeLogEntry e "
                            + "where e.documentId = :id order by e.step desc", Object[].class)
                    .setParameter("id", document.id).setFlushMode(jakarta.persistence.FlushModeType.COMMIT)
                    .setMaxResults(1).getResultStream().findFirst().orElse(null);
        }
        append(document, event, statusEvent, detail, previous);
    }

    private void append(Document document, ExchangeEvent event, StatusEvent statusEvent, String detail,
                        Object[] previous) {
        ExchangeLogEntry e = entry(document.fsrarId, event, detail);
        e.documentId = document.id;
        e.statusEvent = statusEvent;
        e.statusAfter = document.status;
        e.step = previous == null ? 1 : (Integer) previous[0] + 1;
        persist(e);
        stepsLoggedNow().put(document.id, new Object[]{e.step, e.statusAfter});
        DocumentStatus before = previous == null ? null : (DocumentStatus) previous[1];
        if (before != document.status) {
            statusChanges.fire(new StatusChanged(document.id, document.fsrarId, document.docType,
                    document.externalId, before, document.status, document.replyId, e));
        }
        changes.fire(new ChangeLogged(document.id, null));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void incoming(String fsrarId, String incomingId, ExchangeEvent event, String detail) {
        ExchangeLogEntry e = entry(fsrarId, event, detail);
        e.incomingId = incomingId;
        e.step = nextStep("incomingId", incomingId);
        persist(e);
        changes.fire(new ChangeLogged(null, incomingId));
        incomingSteps.fire(new IncomingLogged(fsrarId, incomingId, event));
    }

    public List<ExchangeLogEntry> forDocument(String documentId) {
        return list("documentId = ?1 order by step", documentId);
    }

    /** The status events of a document's log, in order: what {@link StatusHistory} replays. */
    public List<StatusEvent> statusEvents(String documentId) {
        return getEntityManager().createQuery("select e.statusEvent from ExchangeLogEntry e where e.documentId = :id "
                        + "and e.statusEvent is not null order by e.step", StatusEvent.class)
                .setParameter("id", documentId).getResultList();
    }

    @SuppressWarnings("unchecked")
    private java.util.Map<String, Object[]> stepsLoggedNow() {
        java.util.Map<String, Object[]> steps = (java.util.Map<String, Object[]>) transaction.getResource(STEPS_LOGGED);
        if (steps == null) {
            steps = new java.util.HashMap<>();
            transaction.putResource(STEPS_LOGGED, steps);
        }
        return steps;
    }

    private ExchangeLogEntry entry(String fsrarId, ExchangeEvent event, String detail) {
        ExchangeLogEntry e = new ExchangeLogEntry();
        e.id = Ids.newId();
        e.fsrarId = fsrarId;
        e.event = event;
        e.detail = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
        e.at = Instant.now(clock);
        return e;
    }

    private int nextStep(String field, String id) {
        Integer max = getEntityManager()
                .createQuery("select max(e.step) from ExchangeLogEntry e where e." + field + " = :id", Integer.class)
                .setParameter("id", id)
                .getSingleResult();
        return max == null ? 1 : max + 1;
    }
}
