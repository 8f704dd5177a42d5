package ru.egais.exchange.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import ru.egais.exchange.common.Ids;
import ru.egais.exchange.common.RequestInvalid;
import ru.egais.exchange.common.RequestUnreadable;
import ru.egais.exchange.common.StateConflict;
import ru.egais.exchange.document.Document;
import ru.egais.exchange.document.DocumentRepository;
import ru.egais.exchange.document.DocumentStatus;
import ru.egais.exchange.document.DocumentView;
import ru.egais.exchange.document.ExchangeEvent;
import ru.egais.exchange.document.ExchangeLog;
import ru.egais.exchange.egais.EnvelopeInfo;
import ru.egais.exchange.egais.OutgoingDocumentTypes;
import ru.egais.exchange.organization.FsrarIds;
import ru.egais.exchange.organization.OrganizationService;
import ru.egais.exchange.utm.EgaisDocumentReader;
import ru.egais.exchange.utm.EgaisDocumentWriter;
import ru.egais.exchange.utm.UtmDocumentUnreadable;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Prepares documents for transmission (the 1C module's ПодготовитьКПередаче): checks the request, builds the
 * EGAIS XML, and stores the document with its queued message in one transaction; with {@code immediate} it is
 * posted right after that commit.
 */
@ApplicationScoped
public class DocumentPreparationService {

    /** The result of a preparation; {@code created} is false when the externalId named an existing document. */
    public record Prepared(DocumentView document, boolean created) {
    }

    private final DocumentRepository documents;
    private final DocumentService documentService;
    private final OutboxService outbox;
    private final ExchangeLog log;
    private final SchemaCheck schemas;
    private final OrganizationService organizations;
    private final GroupCommit groupCommit;
    private final Clock clock;

    public DocumentPreparationService(DocumentRepository documents, DocumentService documentService,
                                      OutboxService outbox, ExchangeLog log, SchemaCheck schemas,
                                      OrganizationService organizations,
                                      GroupCommit groupCommit, Clock clock) {
        this.groupCommit = groupCommit;
        this.organizations = organizations;
        this.documents = documents;
        this.documentService = documentService;
        this.outbox = outbox;
        this.log = log;
        this.schemas = schemas;
        this.clock = clock;
    }

    public Prepared prepareForTransmission(DocumentRequest request) {
        if (request == null) {
            throw new RequestUnreadable("a JSON document is required");
        }
        PreparedXml xml = request.toXml();
        return store(request.fsrarId(), request.externalId(), request.sendImmediately(), xml);
    }

    /** A classifier query (organizations by ИНН / КОД / СИО, products by ИНН / КОД). */
    public Prepared prepareClassifierQuery(ClassifierQuery query) {
        if (query == null) {
            throw new RequestUnreadable("a JSON classifier query is required");
        }
        return prepareForTransmission(query.toQueryRequest());
    }

    /** Document elements UTM takes only at {@code POST /xml}, never at {@code /opt/in}. */
    private static final java.util.Set<String> CHEQUES = java.util.Set.of("ChequeV3", "ChequeV4", "Cheque");

    /** A ready EGAIS document: its organization is the envelope's FSRAR_ID, its type the element under Document. */
    public Prepared prepareXmlForTransmission(byte[] body, String externalId, boolean immediate) {
        // Decoded by the XML declaration (UTF-8 without one), not by HTTP defaults that would mangle Cyrillic.
        // Strictly: bytes not valid in the declared encoding would otherwise be stored as U+FFFD and sent.
        String xml;
        try {
            xml = body == null ? null : EgaisDocumentWriter.readyDocumentText(body);
        } catch (UtmDocumentUnreadable e) {
            throw new RequestUnreadable(e.getMessage());
        }
        if (xml == null || xml.isBlank()) {
            throw new RequestUnreadable("an EGAIS XML document is required");
        }
        Optional<String> malformed = EgaisDocumentWriter.wellFormednessProblem(xml);
        if (malformed.isPresent()) {
            throw new RequestUnreadable("the XML is not well-formed: " + malformed.get());
        }
        EnvelopeInfo envelope;
        try {
            envelope = EgaisDocumentReader.envelope(xml);
        } catch (UtmDocumentUnreadable e) {
            throw RequestInvalid.of("Documents", "is not an EGAIS document envelope: " + e.getMessage());
        }
        if (!FsrarIds.isValid(envelope.ownerFsrarId())) {
            throw RequestInvalid.of("Documents/Owner/FSRAR_ID", FsrarIds.RULE);
        }
        if (CHEQUES.contains(envelope.documentElement())) {
            // A cheque is signed by UTM's /xml while the cashier waits; there is no /opt/in for it to be queued to.
            throw RequestInvalid.of("Documents/Document/" + envelope.documentElement(), "is a retail cheque: it is"
                    + " signed synchronously, never queued; send it as JSON to POST /api/v1/cheques");
        }
        if (externalId != null && externalId.length() > 255) {
            throw RequestInvalid.of("externalId", "must be at most 255 characters");
        }
        PreparedXml prepared = new PreparedXml(OutgoingDocumentTypes.byElement(envelope.documentElement()), xml);
        return store(envelope.ownerFsrarId(), externalId, immediate, prepared);
    }

    /**
     * Checks and stores one item of a batch, never sending it: called inside the batch's transaction, where the
     * group commit runs it inline, so the items commit together.
     */
    Prepared storeQueued(String fsrarId, String externalId, PreparedXml xml) {
        return store(fsrarId, externalId, false, xml);
    }

    private Prepared store(String fsrarId, String externalId, boolean immediate, PreparedXml xml) {
        schemas.requireValid(fsrarId, xml.xml());
        // Everything that reads the database runs in the group's transaction: on the embedded database a separate
        // read would queue for the single connection behind the group writer, once per request.
        Prepared stored = groupCommit.inTransaction(() -> {
            if (organizations.utmTarget(fsrarId).isEmpty()) {
                throw RequestInvalid.of("fsrarId", "names an organization with no exchange settings: PUT "
                        + "/api/v1/organizations/" + fsrarId + " first");
            }
            if (externalId != null) {
                Optional<Document> existing = documents.findByExternalId(fsrarId, externalId);
                if (existing.isPresent()) {
                    if (!existing.get().docType.equals(xml.type().element())) {
                        throw new StateConflict("externalId " + externalId + " already names a "
                                + existing.get().docType + " document (" + existing.get().id + ")");
                    }
                    // The XML is built deterministically from the request, so equal XML is the same request
                    // repeated; anything else is a key reused for other content, which must not pass as done.
                    if (!existing.get().xml.equals(xml.xml())) {
                        throw new StateConflict("externalId " + externalId + " already names document "
                                + existing.get().id + " with other content; use a new externalId for a new document");
                    }
                    return new Prepared(documentService.getDocument(existing.get().id), false);
                }
            }
            Instant now = Instant.now(clock);
            Document d = new Document();
            d.id = Ids.newId();
            d.fsrarId = fsrarId;
            d.docType = xml.type().element();
            d.utmPath = xml.type().utmPath();
            d.externalId = externalId;
            d.status = DocumentStatus.QUEUED;
            d.xml = xml.xml();
            d.createdAt = now;
            d.updatedAt = now;
            documents.persist(d);
            OutboxMessage queued = outbox.enqueue(d);
            log.created(d, ExchangeEvent.PREPARED, "queued for /opt/in/" + d.utmPath);
            return new Prepared(DocumentService.viewOfQueued(d, queued), true);
        });
        if (stored.created() && immediate) {
            outbox.sendNow(stored.document().id(), fsrarId);
            return new Prepared(documentService.getDocument(stored.document().id()), true);
        }
        return stored;
    }
}
