package ru.egais.exchange.cheque;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import ru.egais.exchange.common.Ids;
import ru.egais.exchange.common.StateConflict;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The cheque's durable steps, each its own transaction: the cheque is stored (SENDING) before it is posted, and
 * the UTM's answer is stored before the till hears it. The post itself happens between them, outside any
 * transaction, so a slow UTM never holds the database.
 */
@ApplicationScoped
public class ChequeStore {

    /** The outcome of looking a cheque up by its key: post it now, or answer with what is stored. */
    public record Claim(ChequeView cheque, boolean post, boolean created) {
    }

    private final ChequeRepository cheques;
    private final Clock clock;

    public ChequeStore(ChequeRepository cheques, Clock clock) {
        this.cheques = cheques;
        this.clock = clock;
    }

    /**
     * Stores a new cheque as SENDING, or finds the one with the same key. A stored cheque is posted again only when
     * it is UNREACHABLE (no connection was ever made); one left SENDING longer than {@code inFlight} belonged to a
     * service that stopped mid-post, and becomes IN_DOUBT.
     */
    @Transactional
    public Claim claim(ChequeKey key, String docType, String xml, String bodyHash, Duration inFlight) {
        Instant now = Instant.now(clock);
        Optional<Cheque> found = cheques.findByKey(key);
        if (found.isEmpty()) {
            Cheque c = newCheque(key, docType, bodyHash, xml, ChequeStatus.SENDING);
            c.signedBy = "SERVICE";
            c.createdAt = now;
            c.sentAt = now;
            c.updatedAt = now;
            cheques.persistAndFlush(c);
            return new Claim(ChequeView.of(c), true, true);
        }
        Cheque c = found.get();
        requireSameBody(c, bodyHash);
        if (c.status == ChequeStatus.UNREACHABLE) {
            c.status = ChequeStatus.SENDING;
            c.sentAt = now;
            c.updatedAt = now;
            return new Claim(ChequeView.of(c), true, false);
        }
        if (c.status == ChequeStatus.SENDING && c.updatedAt.plus(inFlight).isBefore(now)) {
            c.status = ChequeStatus.IN_DOUBT;
            c.utmError = "the service stopped while posting it to the UTM: the UTM may have signed it";
            c.updatedAt = now;
        }
        return new Claim(ChequeView.of(c), false, false);
    }

    @Transactional
    public ChequeView recordSigned(String id, String url, String sign) {
        return record(id, ChequeStatus.SIGNED, url, sign, null);
    }

    @Transactional
    public ChequeView recordRefused(String id, String utmError) {
        return record(id, ChequeStatus.REFUSED, null, null, utmError);
    }

    @Transactional
    public ChequeView recordUnreachable(String id, String error) {
        return record(id, ChequeStatus.UNREACHABLE, null, null, error);
    }

    @Transactional
    public ChequeView recordInDoubt(String id, String error) {
        return record(id, ChequeStatus.IN_DOUBT, null, null, error);
    }

    /**
     * A cheque the till had signed itself (WORKSTATION organizations), kept as SIGNED. It also settles a cheque the
     * service holds as IN_DOUBT or UNREACHABLE with the same body: the till's answer is the UTM's.
     */
    @Transactional
    public Claim keepSignedByTill(ChequeKey key, String docType, String xml, String bodyHash, String url, String sign) {
        Instant now = Instant.now(clock);
        Optional<Cheque> found = cheques.findByKey(key);
        if (found.isPresent()) {
            Cheque c = found.get();
            requireSameBody(c, bodyHash);
            if (c.status == ChequeStatus.SIGNED) {
                return new Claim(ChequeView.of(c), false, false);
            }
            if (c.status == ChequeStatus.SENDING) {
                throw new StateConflict("cheque " + c.id + " is being posted to the UTM by the service right now");
            }
            c.signedBy = "TILL";
            c.status = ChequeStatus.SIGNED;
            c.url = url;
            c.sign = sign;
            c.utmError = null;
            c.updatedAt = now;
            return new Claim(ChequeView.of(c), false, false);
        }
        Cheque c = newCheque(key, docType, bodyHash, xml, ChequeStatus.SIGNED);
        c.url = url;
        c.sign = sign;
        c.signedBy = "TILL";
        c.createdAt = now;
        c.updatedAt = now;
        cheques.persistAndFlush(c);
        return new Claim(ChequeView.of(c), false, true);
    }

    private ChequeView record(String id, ChequeStatus status, String url, String sign, String error) {
        Cheque c = cheques.findById(id);
        c.status = status;
        c.url = url;
        c.sign = sign;
        c.utmError = error;
        c.updatedAt = Instant.now(clock);
        return ChequeView.of(c);
    }

    private static void requireSameBody(Cheque c, String bodyHash) {
        if (!c.bodyHash.equals(bodyHash)) {
            throw new StateConflict("another cheque with this organization, kassa, shift, number, type and date"
                    + " exists (" + c.id + ", " + c.status + "); a different cheque needs its own number");
        }
    }

    /** A new row under the cheque's key; the caller sets what its own step knows (who signed, when, the answer). */
    private static Cheque newCheque(ChequeKey key, String docType, String bodyHash, String xml, ChequeStatus status) {
        Cheque c = new Cheque();
        c.id = Ids.newId();
        c.fsrarId = key.fsrarId();
        c.kassa = key.kassa();
        c.shift = key.shift();
        c.number = key.number();
        c.type = key.type();
        c.date = key.date();
        c.docType = docType;
        c.bodyHash = bodyHash;
        c.xml = xml;
        c.status = status;
        return c;
    }
}
