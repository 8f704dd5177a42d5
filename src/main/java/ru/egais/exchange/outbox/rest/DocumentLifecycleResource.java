package ru.egais.exchange.outbox.rest;

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
import ru.egais.exchange.outbox.InDoubtActions;

/** An operator's actions on a document: cancel, cancel the last operation, submit again, restore the status. */
@Path("/api/v1/documents/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentLifecycleResource {

    private final DocumentLifecycleService lifecycle;
    private final InDoubtActions inDoubt;

    public DocumentLifecycleResource(DocumentLifecycleService lifecycle, InDoubtActions inDoubt) {
        this.lifecycle = lifecycle;
        this.inDoubt = inDoubt;
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

    /**
     * Settles a document held in doubt: {@code {"action":"POSTED","replyId":"…"}} (UTM has it) or
     * {@code {"action":"POST_AGAIN"}} (it is not in EGAIS).
     */
    @POST
    @Path("/settle")
    @Consumes(MediaType.APPLICATION_JSON)
    public DocumentView settle(@PathParam("id") String id, InDoubtActions.Settle settle) {
        return inDoubt.settle(id, settle);
    }
}
