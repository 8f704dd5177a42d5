package ru.egais.exchange.outbox.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import ru.egais.exchange.outbox.ClassifierQuery;
import ru.egais.exchange.outbox.DocumentPreparationService;

/** Classifier queries: organizations (QueryClients) and products (QueryAP) by ИНН / КОД / СИО. */
@Path("/api/v1/queries/classifier")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClassifierQueryResource {

    private final DocumentPreparationService preparation;

    public ClassifierQueryResource(DocumentPreparationService preparation) {
        this.preparation = preparation;
    }

    @POST
    public Response prepare(ClassifierQuery query, UriInfo uri) {
        return PreparedResponses.of(preparation.prepareClassifierQuery(query), uri);
    }
}
