package ru.egais.exchange.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import ru.egais.exchange.egais.DocumentKind;
import ru.egais.exchange.egais.OutgoingDocumentTypes;

import java.time.Instant;

/** An outgoing EGAIS document: what the shop asked to transmit, the XML built for it, and where it stands. */
@Entity
@Table(name = "document")
public class Document {

    @Id
    public String id;

    @Column(name = "fsrar_id", nullable = false)
    public String fsrarId;

    /** The element under ns:Document (QueryRests_v2, WayBillAct_v4, QueryClients_v2…). */
    @Column(name = "doc_type", nullable = false)
    public String docType;

    /** The UTM service name it is posted to: POST /opt/in/{utmPath}. */
    @Column(name = "utm_path", nullable = false)
    public String utmPath;

    @Column(name = "external_id")
    public String externalId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DocumentStatus status;

    /** UTM's transport id for our POST; tickets and replies carry it back. */
    @Column(name = "reply_id")
    public String replyId;

    @Column(name = "last_error")
    public String lastError;

    /**
     * Set when EGAIS accepted the document after the shop cancelled it as unanswered: the shop's view and EGAIS's
     * disagree, and a person must decide (the status is never moved silently).
     */
    public String conflict;

    @Column(nullable = false)
    public String xml;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public DocumentKind kind() {
        return OutgoingDocumentTypes.byElement(docType).kind();
    }
}
