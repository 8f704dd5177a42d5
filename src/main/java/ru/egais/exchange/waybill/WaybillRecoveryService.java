package ru.egais.exchange.waybill;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import ru.egais.exchange.common.Ids;
import ru.egais.exchange.document.Document;
import ru.egais.exchange.document.DocumentRepository;
import ru.egais.exchange.document.DocumentStatus;
import ru.egais.exchange.document.DocumentView;
import ru.egais.exchange.egais.NoAnswerWaybill;
import ru.egais.exchange.inbox.WaybillRecoveryHandler;
import ru.egais.exchange.outbox.DocumentPreparationService;
import ru.egais.exchange.outbox.QueryRequest;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Recovers waybills that never reached us (a UTM reinstall or a second program cleared /opt/out, PROTOCOL.md §6.6):
 * QueryNATTN asks EGAIS which waybills it holds as unanswered; for each one we do not hold, a QueryResendDoc
 * asks for it again, and its fate is tracked through that query's status.
 */
@ApplicationScoped
public class WaybillRecoveryService implements WaybillRecoveryHandler {

    private static final Logger LOG = Logger.getLogger(WaybillRecoveryService.class);

    private final SupplierWaybillRepository waybills;
    private final DocumentRepository documents;
    private final DocumentPreparationService preparation;
    private final Clock clock;

    public WaybillRecoveryService(SupplierWaybillRepository waybills, DocumentRepository documents,
                                  DocumentPreparationService preparation, Clock clock) {
        this.waybills = waybills;
        this.documents = documents;
        this.preparation = preparation;
        this.clock = clock;
    }

    /** Starts a recovery: a QueryNATTN for the organization. */
    public DocumentView startRecovery(String fsrarId, boolean immediate) {
        return preparation.prepareForTransmission(new QueryRequest("QueryNATTN", fsrarId, null, immediate, Map.of()))
                .document();
    }

    /** Records the unanswered waybills we do not hold (in the ReplyNoAnswerTTN's processing transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordUnanswered(String fsrarId, List<NoAnswerWaybill> unanswered) {
        for (NoAnswerWaybill w : unanswered) {
            boolean held = waybills.count("fsrarId = ?1 and wbRegId = ?2 and waybillType is not null", fsrarId,
                    w.wbRegId()) > 0;
            boolean tracked = waybills.getEntityManager().createQuery(
                            "select count(r) from WaybillRecovery r where r.fsrarId = :f and r.wbRegId = :w", Long.class)
                    .setParameter("f", fsrarId).setParameter("w", w.wbRegId()).getSingleResult() > 0;
            if (!held && !tracked) {
                WaybillRecovery r = new WaybillRecovery();
                r.id = Ids.newId();
                r.fsrarId = fsrarId;
                r.wbRegId = w.wbRegId();
                r.ttnNumber = w.ttnNumber();
                r.ttnDate = w.ttnDate();
                r.shipperFsrarId = w.shipperFsrarId();
                r.createdAt = Instant.now(clock);
                waybills.getEntityManager().persist(r);
            }
        }
    }

    /**
     * Prepares a QueryResendDoc for each recorded recovery that has none yet. Runs after processing, outside its
     * transaction: preparing a document opens a transaction of its own.
     */
    public int requestResends(String fsrarId) {
        List<WaybillRecovery> open = QuarkusTransaction.requiringNew().call(() -> waybills.getEntityManager()
                .createQuery("from WaybillRecovery where fsrarId = :f and queryDocumentId is null", WaybillRecovery.class)
                .setParameter("f", fsrarId).getResultList());
        for (WaybillRecovery r : open) {
            String queryId = preparation.prepareForTransmission(new QueryRequest("QueryResendDoc", fsrarId,
                    "resend-" + r.wbRegId, false, Map.of("WBREGID", r.wbRegId))).document().id();
            QuarkusTransaction.requiringNew().run(() ->
                    waybills.getEntityManager().find(WaybillRecovery.class, r.id).queryDocumentId = queryId);
            LOG.infof("Waybill %s of %s was never received; asked EGAIS to send it again", r.wbRegId, fsrarId);
        }
        return open.size();
    }

    @Transactional
    public List<RecoveryView> listRecoveries(String fsrarId) {
        return waybills.getEntityManager().createQuery(
                        "from WaybillRecovery where fsrarId = :f order by createdAt, id", WaybillRecovery.class)
                .setParameter("f", fsrarId).getResultList().stream().map(this::view).toList();
    }

    private RecoveryView view(WaybillRecovery r) {
        Document query = r.queryDocumentId == null ? null : documents.findById(r.queryDocumentId);
        String waybillId = waybills.find("fsrarId = ?1 and wbRegId = ?2 and waybillType is not null", r.fsrarId,
                r.wbRegId).firstResultOptional().map(w -> w.id).orElse(null);
        String state = waybillId != null ? "RESENT"
                : query != null && query.status == DocumentStatus.REJECTED ? "REFUSED"
                : "WAITING";
        return new RecoveryView(r.id, r.fsrarId, r.wbRegId, r.ttnNumber, r.ttnDate, r.shipperFsrarId, state,
                r.queryDocumentId, query == null ? null : query.status.name(), waybillId);
    }
}
