package ru.egais.exchange.stock;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import ru.egais.exchange.classifier.ClassifierCatalogue;
import ru.egais.exchange.common.NotFound;
import ru.egais.exchange.common.RequestInvalid;
import ru.egais.exchange.inbox.IncomingDocument;
import ru.egais.exchange.inbox.IncomingQueries;
import ru.egais.exchange.inbox.IncomingRepository;
import ru.egais.exchange.inbox.IncomingStatus;
import ru.egais.exchange.organization.FsrarIds;
import ru.egais.exchange.egais.RestsPosition;
import ru.egais.exchange.egais.RestsVisitor;
import ru.egais.exchange.utm.EgaisDocumentReader;
import ru.egais.exchange.utm.UtmDocumentUnreadable;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stock from the newest stock reply stored for an organization: ReplyRests_v2 for register 1 (warehouse),
 * ReplyRestsShop_v2 for register 2 (shop floor). The reply is read as a stream each time (it may be ~48 MB), and
 * only the page asked for is kept.
 */
@ApplicationScoped
public class StockService {

    public static final int MAX_LIMIT = 1000;

    private final IncomingRepository incoming;
    private final IncomingQueries queries;
    private final ClassifierCatalogue catalogue;

    public StockService(IncomingRepository incoming, IncomingQueries queries, ClassifierCatalogue catalogue) {
        this.incoming = incoming;
        this.queries = queries;
        this.catalogue = catalogue;
    }

    public static String replyType(int register) {
        return register == 1 ? "ReplyRests_v2" : "ReplyRestsShop_v2";
    }

    public StockView stock(String fsrarId, Integer register, int offset, int limit) {
        if (!FsrarIds.isValid(fsrarId)) {
            throw RequestInvalid.of("fsrarId", "is required: the organization's FSRAR ID (digits)");
        }
        if (register == null || (register != 1 && register != 2)) {
            throw RequestInvalid.of("register", "must be 1 (warehouse, ReplyRests_v2) or 2 (shop floor, ReplyRestsShop_v2)");
        }
        if (offset < 0) {
            throw RequestInvalid.of("offset", "must not be negative");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw RequestInvalid.of("limit", "must be from 1 to " + MAX_LIMIT);
        }
        String type = replyType(register);
        IncomingDocument reply = newest(fsrarId, type).orElseThrow(() -> new NotFound("no " + type
                + " is stored for " + fsrarId + ": send " + (register == 1 ? "QueryRests_v2" : "QueryRestsShop_v2")
                + " and run the exchange"));
        Page page = new Page(offset, limit);
        try (Reader xml = queries.openIncomingXml(reply.id)) {
            EgaisDocumentReader.rests(xml, page);
        } catch (UtmDocumentUnreadable | IOException e) {
            throw new IllegalStateException("stored " + type + " " + reply.id + " cannot be read: " + e.getMessage(), e);
        }
        return new StockView(fsrarId, register, type, reply.id, page.restsDate, reply.receivedAt, page.total, offset,
                limit, named(page.positions));
    }

    /**
     * The newest stock reply whose text is still there: by the time it arrived, since EGAIS answers each query with
     * the stock at that moment.
     */
    Optional<IncomingDocument> newest(String fsrarId, String type) {
        return QuarkusTransaction.joiningExisting().call(() -> incoming.find(
                        "fsrarId = ?1 and docType = ?2 and status not in ?3 and bodyRemovedAt is null "
                                + "order by receivedAt desc, id desc",
                        fsrarId, type, List.of(IncomingStatus.FAILED, IncomingStatus.QUARANTINED))
                .firstResultOptional());
    }

    /** The reply's own name wins; a position without one takes the catalogue's (filled by QueryAP replies). */
    private List<StockView.Position> named(List<RestsPosition> positions) {
        LinkedHashSet<String> unnamed = new LinkedHashSet<>();
        positions.stream().filter(p -> p.fullName() == null && p.alcCode() != null).forEach(p -> unnamed.add(p.alcCode()));
        Map<String, String> names = unnamed.isEmpty() ? Map.of() : catalogue.productNames(unnamed);
        List<StockView.Position> out = new ArrayList<>(positions.size());
        for (RestsPosition p : positions) {
            String name = p.fullName() != null ? p.fullName() : names.get(p.alcCode());
            String source = p.fullName() != null ? "reply" : name != null ? "catalogue" : null;
            out.add(new StockView.Position(p.informF1RegId(), p.informF2RegId(), p.alcCode(), name, source,
                    p.capacity(), p.quantity()));
        }
        return out;
    }

    /** Counts every position and keeps only those of the page. */
    private static final class Page implements RestsVisitor {
        final int offset;
        final int limit;
        final List<RestsPosition> positions = new ArrayList<>();
        String restsDate;
        long total;

        Page(int offset, int limit) {
            this.offset = offset;
            this.limit = limit;
        }

        @Override
        public void restsDate(String date) {
            restsDate = date;
        }

        @Override
        public void position(RestsPosition position) {
            if (total >= offset && positions.size() < limit) {
                positions.add(position);
            }
            total++;
        }
    }
}
