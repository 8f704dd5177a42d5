package ru.egais.exchange.workstation.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import ru.egais.exchange.workstation.WorkstationExchangeService;
import ru.egais.exchange.workstation.WorkstationProtocol;

import java.util.List;

/** The exchange carried by a workstation that alone reaches the organization's UTM. */
@Path("/api/v1/exchange/workstation/{fsrarId}")
@Produces(MediaType.APPLICATION_JSON)
public class WorkstationResource {

    private final WorkstationExchangeService workstation;

    public WorkstationResource(WorkstationExchangeService workstation) {
        this.workstation = workstation;
    }

    @GET
    public WorkstationProtocol.Schedule schedule(@PathParam("fsrarId") String fsrarId) {
        return workstation.schedule(fsrarId);
    }

    @POST
    @Path("/pull")
    @Consumes(MediaType.APPLICATION_JSON)
    public WorkstationProtocol.Batch pull(@PathParam("fsrarId") String fsrarId, WorkstationProtocol.Pull pull) {
        return workstation.pull(fsrarId, pull);
    }

    @POST
    @Path("/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<WorkstationProtocol.AnswerResult> answers(@PathParam("fsrarId") String fsrarId,
                                                          List<WorkstationProtocol.Answer> answers) {
        return workstation.recordAnswers(fsrarId, answers);
    }

    @POST
    @Path("/incoming")
    @Consumes(MediaType.APPLICATION_JSON)
    public WorkstationProtocol.IncomingResult incoming(@PathParam("fsrarId") String fsrarId,
                                                       List<WorkstationProtocol.IncomingDocument> documents) {
        return workstation.receiveIncoming(fsrarId, documents);
    }
}
