package ru.egais.exchange.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import ru.egais.exchange.egais.Ticket;
import ru.egais.exchange.utm.EgaisDocumentReader;
import ru.egais.exchange.utm.UtmDocumentUnreadable;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A ticket whose TransportId no document of ours holds may still answer one of our documents held in doubt: its POST
 * reached UTM but the replyId was lost, and /opt/in could not prove which identical entry was ours. The ticket proves
 * it when it names the document's type and the Identity the document carries (or, for a document without one, such as
 * an act built from a waybill, the WBRegId it answers, as the ticket's RegID), and nothing else could be meant: exactly
 * one held document of the organization carries them, and no other ticket under another TransportId names them too
 * (another program's post of the same document, whose answer is not ours to take). Otherwise nothing is taken and the
 * document stays held for the operator — never a guess.
 */
@ApplicationScoped
public class TicketForHeldDocument {

    private final HeldDocuments held;
    private final IncomingRepository incoming;
    private final IncomingBodies bodies;

    public TicketForHeldDocument(HeldDocuments held, IncomingRepository incoming, IncomingBodies bodies) {
        this.held = held;
        this.incoming = incoming;
        this.bodies = bodies;
    }

    /** The held document that now holds {@code transportId}, or empty with the reason on {@code doc.error}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<String> settle(IncomingDocument doc, Ticket ticket, String transportId) {
        String identity = blankToNull(ticket.identity());
        String regId = blankToNull(ticket.regId());
        if (transportId == null || (identity == null && regId == null) || ticket.docType() == null) {
            return Optional.empty();
        }
        String names = identity != null ? identity : regId;
        List<String> candidates = held.carrying(doc.fsrarId, ticket.docType(), identity, regId);
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        if (candidates.size() > 1) {
            String why = "a ticket (transport id " + transportId + ") names " + ticket.docType() + " " + identity
                    + ", which " + candidates.size() + " held documents carry: none is taken";
            candidates.forEach(id -> held.note(id, why));
            doc.error = why;
            return Optional.empty();
        }
        Optional<String> twin = twinTicket(doc, ticket, transportId, identity, regId);
        if (twin.isPresent()) {
            String why = "tickets under two transport ids (" + transportId + ", " + twin.get() + ") name "
                    + ticket.docType() + " " + names + ": another program posted the same document, and which "
                    + "post is ours cannot be told; still held";
            held.note(candidates.get(0), why);
            doc.error = why;
            return Optional.empty();
        }
        held.take(candidates.get(0), transportId, "settled by EGAIS's ticket in incoming " + doc.id + ": it names "
                + ticket.docType() + " " + names + ", which this held document alone carries");
        return Optional.of(candidates.get(0));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Another stored ticket, under another TransportId, that no document holds and that names the same document. */
    private Optional<String> twinTicket(IncomingDocument doc, Ticket ticket, String transportId, String identity,
                                        String regId) {
        List<IncomingDocument> others = incoming.list("fsrarId = ?1 and documentId is null and id <> ?2 "
                + "and bodyRemovedAt is null and (docType = 'Ticket' or lower(utmUrl) like '%/ticket/%')",
                doc.fsrarId, doc.id);
        for (IncomingDocument other : others) {
            Ticket t;
            try {
                t = EgaisDocumentReader.ticket(bodies.readAll(other.id));
            } catch (UtmDocumentUnreadable | RuntimeException unreadable) {
                continue; // kept as FAILED by its own processing; it names nothing
            }
            String otherTransport = t.transportId() != null ? t.transportId() : other.replyId;
            if (otherTransport != null && !Objects.equals(otherTransport, transportId)
                    && Objects.equals(identity, blankToNull(t.identity()))
                    && (identity != null || Objects.equals(regId, blankToNull(t.regId())))
                    && t.docType() != null && t.docType().strip().equalsIgnoreCase(ticket.docType().strip())) {
                return Optional.of(otherTransport);
            }
        }
        return Optional.empty();
    }
}
