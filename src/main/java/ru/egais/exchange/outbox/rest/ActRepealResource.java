package ru.egais.exchange.outbox.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import ru.egais.exchange.outbox.ActRepealService;
import ru.egais.exchange.outbox.DocumentPreparationService;

import java.net.URI;

/** Asks EGAIS to repeal one of our accepted acts (RequestRepealAWO / RequestRepealACO built from it). */
@Path("/api/v1/documents/{id}/repeal")
@Produces(MediaType.APPLICATION_JSON)
public class ActRepealResource {

    private final ActRepealService repeals;

    public ActRepealResource(ActRepealService repeals) {
        this.repeals = repeals;
    }

    /** 201 with the request document; optional body {@code {"requestNumber", "externalId", "immediate"}}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response repeal(@PathParam("id") String id, ActRepealService.RepealOptions options) {
        return created(repeals.prepareRepeal(id, options));
    }

    @POST
    public Response repealWithoutBody(@PathParam("id") String id) {
        return created(repeals.prepareRepeal(id, null));
    }

    private static Response created(DocumentPreparationService.Prepared prepared) {
        return Response.created(URI.create("/api/v1/documents/" + prepared.document().id()))
                .entity(prepared.document()).build();
    }
}
