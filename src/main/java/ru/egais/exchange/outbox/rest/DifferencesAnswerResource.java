package ru.egais.exchange.outbox.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import ru.egais.exchange.outbox.DifferencesAnswerService;
import ru.egais.exchange.outbox.DocumentPreparationService;

import java.net.URI;

/** Answers the consignee's Differences act on a waybill we shipped with a WayBillTicket (accept or reject). */
@Path("/api/v1/documents/{id}/differences-answer")
@Produces(MediaType.APPLICATION_JSON)
public class DifferencesAnswerResource {

    private final DifferencesAnswerService answers;

    public DifferencesAnswerResource(DifferencesAnswerService answers) {
        this.answers = answers;
    }

    /** {@code {"accept": true|false, "immediate"}} → 201 with the WayBillTicket document; the same again → 200. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response answer(@PathParam("id") String id, DifferencesAnswerService.DifferencesAnswer answer) {
        DocumentPreparationService.Prepared prepared = answers.answer(id, answer);
        return (prepared.created() ? Response.created(URI.create("/api/v1/documents/" + prepared.document().id()))
                : Response.ok()).entity(prepared.document()).build();
    }
}
