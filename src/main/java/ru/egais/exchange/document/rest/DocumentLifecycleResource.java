package ru.egais.exchange.document.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import ru.egais.exchange.document.DocumentView;
import ru.egais.exchange.outbox.DocumentLifecycleService;
import ru.egais.exchange.outbox.DocumentRequest;

/** An operator's actions on a document: cancel, cancel the last operation, submit again, restore the status. */
@Path("/api/v1/documents/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentLifecycleResource {

    private final DocumentLifecycleService lifecycle;

    public DocumentLifecycleResource(DocumentLifecycleService lifecycle) {
        this.lifecycle = lifecycle;
    }

    @DELETE
    @Path("/transmission")
    public DocumentView cancelTransmission(@PathParam("id") String id) {
        return lifecycle.cancelTransmission(id);
    }

    @POST
    @Path("/cancel-last-operation")
    public DocumentView cancelLastOperation(@PathParam("id") String id) {
        return lifecycle.cancelLastOperation(id);
    }

    /** Submits a cancelled document again, corrected: the document as JSON. */
    @POST
    @Path("/resubmit")
    @Consumes(MediaType.APPLICATION_JSON)
    public DocumentView resubmit(@PathParam("id") String id, DocumentRequest corrected) {
        return lifecycle.resubmit(id, corrected);
    }

    /** Submits a cancelled document again as it was (no body). */
    @POST
    @Path("/resubmit")
    public DocumentView resubmitAsItWas(@PathParam("id") String id) {
        return lifecycle.resubmit(id, null);
    }

    @POST
    @Path("/restore-status")
    public DocumentView restoreStatus(@PathParam("id") String id) {
        return lifecycle.restoreStatus(id);
    }
}
