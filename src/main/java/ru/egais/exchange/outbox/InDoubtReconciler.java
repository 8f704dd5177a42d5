package ru.egais.exchange.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import ru.egais.exchange.document.DocumentRepository;
import ru.egais.exchange.utm.UtmGateway;
import ru.egais.exchange.utm.UtmException;

import java.util.Optional;

/**
 * Looks for an in-doubt document in UTM's /opt/in (our documents UTM holds, each with its replyId): an entry whose
 * replyId none of our documents has yet, whose text is the document we posted, is that document. Only what UTM
 * truly lacks is posted again.
 */
@ApplicationScoped
public class InDoubtReconciler {

    private final UtmGateway utm;
    private final DocumentRepository documents;

    public InDoubtReconciler(UtmGateway utm, DocumentRepository documents) {
        this.utm = utm;
        this.documents = documents;
    }

    /** The replyId UTM holds the document under, or empty when UTM does not have it. */
    public Optional<String> findInUtm(String utmUrl, String xml) throws UtmException {
        // UTM keeps every document it took (thousands at a chain's store): which replyIds are ours is asked in bulk.
        return utm.findInOptIn(utmUrl, xml, this::known, 1).stream().findFirst();
    }

    /** Those of the replyIds that one of our documents already holds. */
    @Transactional
    public java.util.Set<String> known(java.util.List<String> replyIds) {
        java.util.Set<String> known = new java.util.HashSet<>();
        for (int i = 0; i < replyIds.size(); i += 500) {
            known.addAll(documents.knownReplyIds(replyIds.subList(i, Math.min(replyIds.size(), i + 500))));
        }
        return known;
    }

    /** Whether one of our documents already holds this replyId. */
    @Transactional
    public boolean isKnown(String replyId) {
        return documents.findByReplyId(replyId).isPresent();
    }

    /** UTM may re-indent what it keeps; the comparison ignores whitespace between tags and at the ends. */
    public static String normalized(String xml) {
        return UtmGateway.sameText(xml);
    }
}
