package ru.egais.exchange.waybill.rest;

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
import ru.egais.exchange.outbox.DocumentPreparationService;
import ru.egais.exchange.waybill.AcceptanceRequest;
import ru.egais.exchange.waybill.RepealAnswer;
import ru.egais.exchange.waybill.SupplierWaybillService;
import ru.egais.exchange.waybill.WaybillView;

import java.net.URI;
import java.util.List;

/** Supplier waybills and the shop's answer to them. */
@Path("/api/v1/waybills")
@Produces(MediaType.APPLICATION_JSON)
public class SupplierWaybillResource {

    private final SupplierWaybillService waybills;

    public SupplierWaybillResource(SupplierWaybillService waybills) {
        this.waybills = waybills;
    }

    @GET
    public List<WaybillView> list(@QueryParam("fsrarId") String fsrarId,
                                  @QueryParam("limit") @DefaultValue("100") int limit) {
        return waybills.listWaybills(fsrarId, limit);
    }

    @GET
    @Path("/{id}")
    public WaybillView get(@PathParam("id") String id) {
        return waybills.getWaybill(id);
    }

    /** Prepares the WayBillAct_v4 answering the waybill; 201 with the act document. */
    @POST
    @Path("/{id}/act")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response answer(@PathParam("id") String id, AcceptanceRequest answer) {
        DocumentPreparationService.Prepared prepared = waybills.prepareAct(id, answer);
        return Response.created(URI.create("/api/v1/documents/" + prepared.document().id()))
                .entity(prepared.document()).build();
    }

    /** Answers the supplier's request to repeal the waybill ({"confirm": true|false}); 201 with the ConfirmRepealWB. */
    @POST
    @Path("/{id}/repeal")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response answerRepeal(@PathParam("id") String id, RepealAnswer answer) {
        DocumentPreparationService.Prepared prepared = waybills.prepareRepealAnswer(id, answer);
        return Response.created(URI.create("/api/v1/documents/" + prepared.document().id()))
                .entity(prepared.document()).build();
    }
}
