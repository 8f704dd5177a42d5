package ru.egais.exchange.waybill.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import ru.egais.exchange.document.DocumentView;
import ru.egais.exchange.waybill.RecoveryView;
import ru.egais.exchange.waybill.WaybillRecoveryService;

import java.net.URI;
import java.util.List;

/** Recovery of waybills that never arrived: start it (QueryNATTN), and follow each resend. */
@Path("/api/v1/waybills/recovery")
@Produces(MediaType.APPLICATION_JSON)
public class WaybillRecoveryResource {

    /** What to recover: {@code {"fsrarId": "…", "immediate": true}}. */
    public record Start(String fsrarId, Boolean immediate) {
    }

    private final WaybillRecoveryService recovery;

    public WaybillRecoveryResource(WaybillRecoveryService recovery) {
        this.recovery = recovery;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(Start start) {
        DocumentView query = recovery.startRecovery(start == null ? null : start.fsrarId(),
                start != null && Boolean.TRUE.equals(start.immediate()));
        return Response.created(URI.create("/api/v1/documents/" + query.id())).entity(query).build();
    }

    @GET
    public List<RecoveryView> list(@QueryParam("fsrarId") String fsrarId) {
        return recovery.listRecoveries(fsrarId);
    }
}
