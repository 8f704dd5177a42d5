package ru.egais.exchange.cheque.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import ru.egais.exchange.cheque.ChequeRequest;
import ru.egais.exchange.cheque.ChequeService;
import ru.egais.exchange.cheque.ChequeView;
import ru.egais.exchange.cheque.SignedChequeRequest;

import java.util.List;

/** Retail cheques at the till: signed by the UTM synchronously, kept, listed by shift. */
@Path("/api/v1/cheques")
@Produces(MediaType.APPLICATION_JSON)
public class ChequeResource {

    private final ChequeService cheques;

    public ChequeResource(ChequeService cheques) {
        this.cheques = cheques;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response sign(ChequeRequest request, UriInfo uri) {
        return answer(cheques.signCheque(request), uri);
    }

    @POST
    @Path("/signed")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response keepSigned(SignedChequeRequest request, UriInfo uri) {
        return answer(cheques.keepSignedByTill(request), uri);
    }

    @GET
    public List<ChequeView> list(@QueryParam("fsrarId") String fsrarId, @QueryParam("kassa") String kassa,
                                 @QueryParam("shift") String shift,
                                 @QueryParam("limit") @DefaultValue("1000") int limit) {
        return cheques.listShift(fsrarId, kassa, shift, limit);
    }

    @GET
    @Path("/{id}")
    public ChequeView get(@PathParam("id") String id) {
        return cheques.getCheque(id);
    }

    private static Response answer(ChequeService.Signed signed, UriInfo uri) {
        if (signed.created()) {
            return Response.created(uri.getBaseUriBuilder().path("api/v1/cheques/{id}").build(signed.cheque().id()))
                    .entity(signed.cheque()).build();
        }
        return Response.ok(signed.cheque()).build();
    }
}
