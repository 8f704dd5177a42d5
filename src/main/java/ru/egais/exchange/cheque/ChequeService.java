package ru.egais.exchange.cheque;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import ru.egais.exchange.common.DomainException;
import ru.egais.exchange.common.NotFound;
import ru.egais.exchange.common.RequestInvalid;
import ru.egais.exchange.common.RequestUnreadable;
import ru.egais.exchange.common.StateConflict;
import ru.egais.exchange.egais.ChequeDocument;
import ru.egais.exchange.organization.ExchangeMode;
import ru.egais.exchange.organization.OrganizationService;
import ru.egais.exchange.organization.UtmTarget;
import ru.egais.exchange.outbox.SchemaCheck;
import ru.egais.exchange.utm.UtmAck;
import ru.egais.exchange.utm.UtmGateway;
import ru.egais.exchange.utm.UtmException;
import ru.egais.exchange.utm.EgaisDocumentReader;
import ru.egais.exchange.utm.EgaisDocumentWriter;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

/**
 * Signs retail cheques through the organization's UTM while the cashier waits: build and check the XML, store it,
 * post it once, store the answer, answer. A cheque is never posted twice unless the first post provably never
 * reached the UTM (see the in-doubt rule in the README).
 */
@ApplicationScoped
public class ChequeService {

    private static final Logger LOG = Logger.getLogger(ChequeService.class);
    /** How long past the call's bound a SENDING cheque may still be in flight in this or another instance. */
    private static final Duration IN_FLIGHT_MARGIN = Duration.ofSeconds(30);

    /** A cheque signed (now or before), and whether this request created it. */
    public record Signed(ChequeView cheque, boolean created) {
    }

    private final ChequeStore store;
    private final ChequeRepository cheques;
    private final OrganizationService organizations;
    private final SchemaCheck schemas;
    private final UtmGateway utm;
    private final ChequeConfig config;

    public ChequeService(ChequeStore store, ChequeRepository cheques, OrganizationService organizations,
                         SchemaCheck schemas, UtmGateway utm, ChequeConfig config) {
        this.store = store;
        this.cheques = cheques;
        this.organizations = organizations;
        this.schemas = schemas;
        this.utm = utm;
        this.config = config;
    }

    /** Signs the cheque, or answers what is stored for it; every outcome but SIGNED is a problem for the till. */
    public Signed signCheque(ChequeRequest request) {
        if (request == null) {
            throw new RequestUnreadable("a JSON cheque is required");
        }
        ChequeDocument cheque = request.toDocument();
        UtmTarget target = organizations.utmTarget(cheque.fsrarId()).orElseThrow(() -> RequestInvalid.of("fsrarId",
                "has no exchange settings: PUT /api/v1/organizations/" + cheque.fsrarId() + " first"));
        if (target.mode() == ExchangeMode.WORKSTATION) {
            throw new StateConflict("organization " + cheque.fsrarId() + " is exchanged by a WORKSTATION: the service"
                    + " cannot reach its UTM; the till posts the cheque to the UTM's /xml itself and hands the signed"
                    + " cheque over with POST /api/v1/cheques/signed");
        }
        if (!target.enabled()) {
            throw new StateConflict("organization " + cheque.fsrarId() + " is disabled");
        }
        String xml = EgaisDocumentWriter.cheque(cheque);
        schemas.requireValidWithoutWaiting(cheque.fsrarId(), xml);
        ChequeKey key = ChequeKey.of(cheque);
        ChequeStore.Claim claim = claim(key, cheque.format().name(), xml);
        if (!claim.post()) {
            return answerStored(claim.cheque());
        }
        ChequeView result = post(target.utmUrl(), claim.cheque().id(), cheque.format().name(), xml);
        if (result.status() != ChequeStatus.SIGNED) {
            throw ChequeNotSigned.of(result, true);
        }
        return new Signed(result, claim.created());
    }

    /** Keeps a cheque a WORKSTATION organization's till had the UTM sign itself. */
    public Signed keepSignedByTill(SignedChequeRequest request) {
        if (request == null || request.cheque() == null) {
            throw new RequestUnreadable("a JSON body with \"cheque\", \"url\" and \"sign\" is required");
        }
        ChequeDocument cheque = request.cheque().toDocument();
        if (request.url() == null || request.url().isBlank() || request.url().length() > 1000) {
            throw RequestInvalid.of("url", "is required: the <url> of the UTM's answer (the receipt's QR link)");
        }
        if (request.sign() == null || request.sign().isBlank() || request.sign().length() > 4000) {
            throw RequestInvalid.of("sign", "is required: the <sign> of the UTM's answer");
        }
        String xml = EgaisDocumentWriter.cheque(cheque);
        ChequeStore.Claim claim = store.keepSignedByTill(ChequeKey.of(cheque), cheque.format().name(), xml, hash(xml),
                request.url().strip(), request.sign().strip());
        return new Signed(claim.cheque(), claim.created());
    }

    public ChequeView getCheque(String id) {
        Cheque c = cheques.findById(id);
        if (c == null) {
            throw new NotFound("no cheque " + id);
        }
        return ChequeView.of(c);
    }

    public List<ChequeView> listShift(String fsrarId, String kassa, String shift, int limit) {
        if (fsrarId == null || fsrarId.isBlank()) {
            throw RequestInvalid.of("fsrarId", "is required");
        }
        return cheques.listShift(fsrarId, blankToNull(kassa), blankToNull(shift), Math.max(1, Math.min(limit, 10_000)))
                .stream().map(ChequeView::of).toList();
    }

    /** A cheque of a shift with its sum (null when its text cannot be read), for the operator's page. */
    public record Summed(ChequeView cheque, BigDecimal sum) {
    }

    /** {@link #listShift} with each cheque's sum read from its text. */
    public List<Summed> listShiftSummed(String fsrarId, String kassa, String shift, int limit) {
        if (fsrarId == null || fsrarId.isBlank()) {
            throw RequestInvalid.of("fsrarId", "is required");
        }
        return cheques.listShift(fsrarId, blankToNull(kassa), blankToNull(shift), Math.max(1, Math.min(limit, 10_000)))
                .stream().map(c -> new Summed(ChequeView.of(c), EgaisDocumentReader.chequeSum(c.xml))).toList();
    }

    private ChequeStore.Claim claim(ChequeKey key, String docType, String xml) {
        String hash = hash(xml);
        Duration inFlight = config.timeout().plus(IN_FLIGHT_MARGIN);
        try {
            return store.claim(key, docType, xml, hash, inFlight);
        } catch (DomainException e) {
            throw e;
        } catch (RuntimeException e) {
            // The same cheque was stored by a concurrent request between our look-up and insert (the key is
            // unique): look again, and answer what that request stored.
            LOG.debugf("cheque %s stored concurrently: %s", key, e.getMessage());
            return store.claim(key, docType, xml, hash, inFlight);
        }
    }

    /** The one POST of the cheque; whatever happens is stored before the till hears it. */
    private ChequeView post(String utmUrl, String id, String docType, String xml) {
        try {
            UtmAck ack = utm.signCheque(utmUrl, docType, xml, config.timeout());
            if (ack.isError()) {
                return store.recordRefused(id, ack.error());
            }
            if (ack.replyId() == null || ack.replyId().isBlank()) {
                return store.recordInDoubt(id, "the UTM's answer has no <url>: it may have signed the cheque");
            }
            return store.recordSigned(id, ack.replyId().strip(), ack.sign() == null ? null : ack.sign().strip());
        } catch (UtmException e) {
            return e.mayHaveArrived() ? store.recordInDoubt(id, e.getMessage()) : store.recordUnreachable(id, e.getMessage());
        }
    }

    private Signed answerStored(ChequeView stored) {
        if (stored.status() == ChequeStatus.SIGNED) {
            return new Signed(stored, false);
        }
        throw ChequeNotSigned.of(stored, false);
    }

    private static String hash(String xml) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
