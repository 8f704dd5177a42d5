package ru.egais.exchange.simulator.rest;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import ru.egais.exchange.simulator.SimulatorService;
import ru.egais.exchange.simulator.SupplierWaybill;

/** The demo simulator: its state, and a supplier shipping another waybill. 404 unless the mode is on. */
@Path("/api/v1/simulator")
@Produces(MediaType.APPLICATION_JSON)
public class SimulatorResource {

    private final SimulatorService simulator;

    public SimulatorResource(SimulatorService simulator) {
        this.simulator = simulator;
    }

    @GET
    public SimulatorService.Status status() {
        return simulator.status();
    }

    /** The simulated key's certificates expire in this many days (as its /api/info/list reports). */
    @POST
    @Path("/certificates")
    public SimulatorService.Status setCertificates(@QueryParam("rsaDays") @DefaultValue("365") int rsaDays,
                                                   @QueryParam("gostDays") @DefaultValue("365") int gostDays) {
        return simulator.setCertificates(rsaDays, gostDays);
    }

    @POST
    @Path("/waybills")
    public SupplierWaybill shipWaybill(@QueryParam("positions") @DefaultValue("3") int positions,
                                       @QueryParam("marks") @DefaultValue("2") int marksPerPosition) {
        return simulator.shipWaybill(positions, marksPerPosition);
    }
}
