package ru.egais.exchange.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import ru.egais.exchange.cluster.InFlight;
import ru.egais.exchange.utm.UtmGateway;
import ru.egais.exchange.utm.UtmException;
import ru.egais.exchange.utm.UtmListEntry;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Settles an organization's in-doubt transmissions in one pass over UTM's /opt/in, however many there are: /opt/in
 * is listed once, only entries after the oldest mark that no document of ours holds and that were posted to one of
 * the same services are fetched, each once ({@link InDoubtMatcher} says what is proven). The same listing gives the
 * mark for the transmissions posted next.
 */
@ApplicationScoped
public class InDoubtSettlement {

    private static final Logger LOG = Logger.getLogger(InDoubtSettlement.class);

    private final UtmGateway utm;
    private final InDoubtReconciler reconciler;
    private final InDoubtTransactions transactions;
    private final OrphanAnswers orphans;
    private final InFlight inFlight;

    public InDoubtSettlement(UtmGateway utm, InDoubtReconciler reconciler, InDoubtTransactions transactions,
                             OrphanAnswers orphans, InFlight inFlight) {
        this.utm = utm;
        this.reconciler = reconciler;
        this.transactions = transactions;
        this.orphans = orphans;
        this.inFlight = inFlight;
    }

    /** What a pass did: the /opt/in mark it saw (for the next POSTs), and how many it found, re-queued and held. */
    public record Pass(long mark, int found, int requeued, int held, int fetched) {
    }

    /** UTM's /opt/in, listed once: the one call through which settling reads it. */
    public List<OptInEntry> listOptIn(String utmUrl) throws UtmException {
        return utm.listOutgoing(utmUrl).stream().map(OptInEntry::of).toList();
    }

    /** Where /opt/in stands now: the mark a transmission takes before its POST may start. */
    public long markNow(String utmUrl) throws UtmException {
        return OptInEntry.highWaterMark(listOptIn(utmUrl));
    }

    /** Lists /opt/in once and settles every in-doubt message of the organization against it. */
    public Pass settle(String fsrarId, String utmUrl) throws UtmException {
        List<OptInEntry> listed = listOptIn(utmUrl);
        long mark = OptInEntry.highWaterMark(listed);
        List<InDoubtTransactions.Doubtful> claimed = transactions.claimInDoubt(fsrarId);
        if (claimed.isEmpty()) {
            return new Pass(mark, 0, 0, 0, 0);
        }
        List<String> ids = claimed.stream().map(InDoubtTransactions.Doubtful::messageId).toList();
        inFlight.add(ids); // the heartbeat keeps the settle claims alive while UTM is read
        try {
            Set<String> ours = reconciler.known(listed.stream().map(OptInEntry::replyId)
                    .filter(java.util.Objects::nonNull).distinct().toList());
            int[] fetched = {0};
            List<InDoubtMatcher.Doubt> doubts = claimed.stream().map(c -> new InDoubtMatcher.Doubt(c.messageId(),
                    c.utmPath(), InDoubtReconciler.normalized(c.xml()), c.mark())).toList();
            Map<String, InDoubtMatcher.Verdict> verdicts = InDoubtMatcher.match(doubts, listed, ours, url -> {
                fetched[0]++;
                try {
                    return InDoubtReconciler.normalized(utm.fetch(utmUrl, url));
                } catch (UtmException e) {
                    throw new FetchFailed(e);
                }
            });
            List<String> found = transactions.recordVerdicts(claimed, verdicts);
            for (String replyId : found) {
                orphans.reopenAnswersTo(fsrarId, replyId);
            }
            long held = verdicts.entrySet().stream().filter(e -> e.getValue().outcome() == InDoubtMatcher.Outcome.AMBIGUOUS)
                    .filter(e -> claimed.stream().anyMatch(c -> c.messageId().equals(e.getKey()) && !c.query())).count();
            if (held > 0) {
                // A ticket that came for a held document before it was held (answered "names none of our
                // documents") is looked at again: it may prove which entry is its own (TicketForHeldDocument).
                long lowest = claimed.stream().map(c -> c.mark() == null ? -1L : c.mark()).min(Long::compare).orElse(-1L);
                orphans.reopenAnswersTo(fsrarId, listed.stream()
                        .filter(e -> e.replyId() != null && !ours.contains(e.replyId()))
                        .filter(e -> e.number() == null || e.number() > lowest).map(OptInEntry::replyId).toList());
            }
            Pass pass = new Pass(mark, found.size(), claimed.size() - found.size() - (int) held, (int) held, fetched[0]);
            LOG.infof("Settled %d in-doubt transmission(s) of %s from /opt/in (%d entries listed, %d fetched): "
                    + "%d found, %d to post again, %d held for the operator", claimed.size(), fsrarId, listed.size(),
                    pass.fetched(), pass.found(), pass.requeued(), pass.held());
            return pass;
        } catch (FetchFailed e) {
            transactions.release(claimed);
            throw e.cause;
        } catch (RuntimeException e) {
            transactions.release(claimed);
            throw e;
        } finally {
            inFlight.remove(ids);
        }
    }

    /** A fetch that failed inside the matcher: the pass is abandoned and the messages stay in doubt. */
    private static final class FetchFailed extends RuntimeException {
        final UtmException cause;

        FetchFailed(UtmException cause) {
            super(cause.getMessage(), cause, false, false);
            this.cause = cause;
        }
    }
}
