package ru.egais.exchange.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import ru.egais.exchange.common.NotFound;
import ru.egais.exchange.common.RequestInvalid;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Operations on a list of incoming documents (the 1C module's ОбработатьВходящиеДокументы and
 * УдалитьВходящиеДокументы for the documents named): every id must be known, or nothing is done; then each is
 * done on its own, and one that fails (its UTM unreachable) does not stop the others.
 */
@ApplicationScoped
public class IncomingBatchService {

    private static final int MAX_IDS = 1000;

    private final InboxService inbox;
    private final IncomingQueries queries;

    public IncomingBatchService(InboxService inbox, IncomingQueries queries) {
        this.inbox = inbox;
        this.queries = queries;
    }

    /** Processes the named documents (stored ones; the others are as they were) and deletes them from UTM. */
    public List<IncomingOutcome> processIncoming(List<String> ids) {
        List<IncomingView> docs = find(ids);
        Map<String, String> errors = new LinkedHashMap<>();
        for (IncomingView doc : docs) {
            if (doc.status() == IncomingStatus.STORED) {
                try {
                    inbox.processOne(doc.fsrarId(), doc.id());
                } catch (RuntimeException e) {
                    errors.put(doc.id(), "not processed: " + e.getMessage()); // stays STORED, retried later
                }
            }
        }
        List<IncomingView> processed = reread(docs).stream()
                .filter(d -> d.status().isFinal() && d.status() != IncomingStatus.QUARANTINED).toList();
        deleteFromUtm(processed, errors);
        return outcomes(docs, errors);
    }

    /** Deletes the named documents from UTM (the stored copies stay). */
    public List<IncomingOutcome> deleteFromUtm(List<String> ids) {
        List<IncomingView> docs = find(ids);
        Map<String, String> errors = new LinkedHashMap<>();
        deleteFromUtm(docs, errors);
        return outcomes(docs, errors);
    }

    /** Deletes from UTM every processed document of these organizations that UTM still holds. */
    public List<IncomingOutcome> deleteProcessedFromUtm(List<String> fsrarIds) {
        if (fsrarIds == null || fsrarIds.isEmpty()) {
            throw RequestInvalid.of("fsrarIds", "name the organizations whose processed documents to delete");
        }
        List<IncomingView> docs = new ArrayList<>();
        fsrarIds.forEach(id -> docs.addAll(queries.toDeleteFromUtm(id)));
        Map<String, String> errors = new LinkedHashMap<>();
        deleteFromUtm(docs, errors);
        return outcomes(docs, errors);
    }

    private void deleteFromUtm(List<IncomingView> docs, Map<String, String> errors) {
        Map<String, List<IncomingView>> byOrganization = new LinkedHashMap<>();
        docs.stream().filter(d -> !errors.containsKey(d.id()))
                .forEach(d -> byOrganization.computeIfAbsent(d.fsrarId(), k -> new ArrayList<>()).add(d));
        byOrganization.forEach((fsrarId, list) -> errors.putAll(inbox.deleteFromUtm(fsrarId, list)));
    }

    private List<IncomingView> find(List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            throw RequestInvalid.of("ids", "name at least one incoming document");
        }
        if (ids.size() > MAX_IDS) {
            throw RequestInvalid.of("ids", "at most " + MAX_IDS + " at once");
        }
        List<String> distinct = ids.stream().distinct().toList();
        List<IncomingView> found = queries.findIncoming(distinct);
        if (found.size() < distinct.size()) {
            List<String> known = found.stream().map(IncomingView::id).toList();
            throw new NotFound("no incoming document " + String.join(", ",
                    distinct.stream().filter(id -> !known.contains(id)).toList()) + "; nothing was done");
        }
        return found;
    }

    private List<IncomingView> reread(List<IncomingView> docs) {
        return queries.findIncoming(docs.stream().map(IncomingView::id).toList());
    }

    private List<IncomingOutcome> outcomes(List<IncomingView> docs, Map<String, String> errors) {
        return reread(docs).stream().map(v -> IncomingOutcome.of(v, errors.get(v.id()))).toList();
    }
}
