package ru.egais.exchange.document;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** Tickets received for our documents. */
@ApplicationScoped
public class DocumentTicketRepository implements PanacheRepositoryBase<DocumentTicket, String> {

    public List<DocumentTicket> listForDocument(String documentId) {
        return list("documentId = ?1 order by receivedAt, id", documentId);
    }
}
