package ru.egais.exchange.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import ru.egais.exchange.document.DocumentRepository;
import ru.egais.exchange.utm.UtmClient;
import ru.egais.exchange.utm.UtmException;
import ru.egais.exchange.utm.UtmListEntry;

import java.util.Optional;

/**
 * Looks for an in-doubt document in UTM's /opt/in (our documents UTM holds, each with its replyId): an entry whose
 * replyId none of our documents has yet, whose text is the document we posted, is that document. Only what UTM
 * truly lacks is posted again.
 */
@ApplicationScoped
public class InDoubtReconciler {

    private final UtmClient utm;
    private final DocumentRepository documents;

    public InDoubtReconciler(UtmClient utm, DocumentRepository documents) {
        this.utm = utm;
        this.documents = documents;
    }

    /** The replyId UTM holds the document under, or empty when UTM does not have it. */
    public Optional<String> findInUtm(String utmUrl, String xml) throws UtmException {
        String wanted = normalized(xml);
        for (UtmListEntry entry : utm.listOutgoing(utmUrl)) {
            if (entry.replyId() == null || isKnown(entry.replyId())) {
                continue;
            }
            if (normalized(utm.fetch(utmUrl, entry.url())).equals(wanted)) {
                return Optional.of(entry.replyId());
            }
        }
        return Optional.empty();
    }

    /** Whether one of our documents already holds this replyId. */
    @Transactional
    public boolean isKnown(String replyId) {
        return documents.findByReplyId(replyId).isPresent();
    }

    /** UTM may re-indent what it keeps; the comparison ignores whitespace between tags and at the ends. */
    public static String normalized(String xml) {
        return xml.strip().replaceAll(">\\s+<", "><");
    }
}
