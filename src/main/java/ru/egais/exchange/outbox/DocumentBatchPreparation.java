package ru.egais.exchange.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import ru.egais.exchange.common.DomainException;
import ru.egais.exchange.common.RequestInvalid;
import ru.egais.exchange.common.RequestUnreadable;
import ru.egais.exchange.document.DocumentView;

import java.util.ArrayList;
import java.util.List;

/**
 * Prepares several documents in one call (1C's ПодготовитьКПередаче takes a list): each item is checked and
 * answered on its own — created, existing (its externalId), or its problem — so one bad item refuses no other;
 * the good ones are stored in one transaction, through the group commit, and commit together. Items asking for
 * {@code immediate} are posted after that commit.
 */
@ApplicationScoped
public class DocumentBatchPreparation {

    static final int MAX_ITEMS = 1000;

    /** One item as read from the array: its request, or why it could not be read. */
    public record Item(DocumentRequest request, DomainException unreadable) {
    }

    /** What became of one item: a new document, the one its externalId already names, or why it was refused. */
    public enum Outcome { CREATED, EXISTING, REFUSED }

    /** The result for one item: its document, or (when REFUSED) the refusal a single call would have had. */
    public record ItemResult(int index, Outcome outcome, DocumentView document, DomainException refusal) {

        static ItemResult of(int index, DocumentPreparationService.Prepared prepared) {
            return new ItemResult(index, prepared.created() ? Outcome.CREATED : Outcome.EXISTING,
                    prepared.document(), null);
        }

        static ItemResult refused(int index, DomainException refusal) {
            return new ItemResult(index, Outcome.REFUSED, null, refusal);
        }
    }

    private record Checked(int index, DocumentRequest request, PreparedXml xml) {
    }

    private final DocumentPreparationService preparation;
    private final SchemaCheck schemas;
    private final GroupCommit groupCommit;
    private final OutboxService outbox;
    private final DocumentService documents;

    public DocumentBatchPreparation(DocumentPreparationService preparation, SchemaCheck schemas,
                                    GroupCommit groupCommit, OutboxService outbox, DocumentService documents) {
        this.preparation = preparation;
        this.schemas = schemas;
        this.groupCommit = groupCommit;
        this.outbox = outbox;
        this.documents = documents;
    }

    public List<ItemResult> prepareAll(List<Item> items) {
        if (items == null || items.isEmpty()) {
            throw new RequestUnreadable("an array of at least one document is required");
        }
        if (items.size() > MAX_ITEMS) {
            throw RequestInvalid.of("[]", "at most " + MAX_ITEMS + " documents in one call");
        }
        ItemResult[] results = new ItemResult[items.size()];
        // Checked outside the transaction: building XML and the schema check (which may fetch the UTM's XSDs
        // once) must not hold the database's single writer.
        List<Checked> checked = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            try {
                if (item.unreadable() != null) {
                    throw item.unreadable();
                }
                if (item.request() == null) {
                    throw new RequestUnreadable("the item is not a JSON document");
                }
                PreparedXml xml = item.request().toXml();
                schemas.requireValid(item.request().fsrarId(), xml.xml());
                checked.add(new Checked(i, item.request(), xml));
            } catch (DomainException refused) {
                results[i] = ItemResult.refused(i, refused);
            }
        }
        if (!checked.isEmpty()) {
            groupCommit.inTransaction(() -> {
                for (Checked c : checked) {
                    try {
                        results[c.index()] = ItemResult.of(c.index(),
                                preparation.storeQueued(c.request().fsrarId(), c.request().externalId(), c.xml()));
                    } catch (DomainException refused) {
                        results[c.index()] = ItemResult.refused(c.index(), refused); // raised before writing
                    }
                }
                return null;
            });
        }
        for (Checked c : checked) {
            ItemResult r = results[c.index()];
            if (r.outcome() == Outcome.CREATED && c.request().sendImmediately()) {
                outbox.sendNow(r.document().id(), c.request().fsrarId());
                results[c.index()] = new ItemResult(r.index(), r.outcome(), documents.getDocument(r.document().id()),
                        null);
            }
        }
        return List.of(results);
    }
}
