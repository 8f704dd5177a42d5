package ru.egais.exchange.outbox.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import ru.egais.exchange.outbox.DocumentPreparationService;

import java.net.URI;

/** 201 with a Location for a new document; 200 when an externalId named one that already existed. */
final class PreparedResponses {

    private PreparedResponses() {
    }

    static Response of(DocumentPreparationService.Prepared prepared, UriInfo uri) {
        if (!prepared.created()) {
            return Response.ok(prepared.document()).build();
        }
        URI location = uri.getBaseUriBuilder().path("api/v1/documents").path(prepared.document().id()).build();
        return Response.created(location).entity(prepared.document()).build();
    }
}
