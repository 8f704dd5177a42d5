package ru.egais.exchange.outbox.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import ru.egais.exchange.api.FsrarIdSelection;
import ru.egais.exchange.outbox.OutboxService;
import ru.egais.exchange.outbox.QueuedMessageView;
import ru.egais.exchange.outbox.SendSummary;

import java.util.List;

/** The send queue: what waits in it, and processing it now. */
@Path("/api/v1/outbox")
@Produces(MediaType.APPLICATION_JSON)
public class OutboxResource {

    private final OutboxService outbox;

    public OutboxResource(OutboxService outbox) {
        this.outbox = outbox;
    }

    @GET
    public List<QueuedMessageView> list(@QueryParam("fsrarId") String fsrarId) {
        return outbox.listOpen(fsrarId);
    }

    @POST
    @Path("/process")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<SendSummary> process(FsrarIdSelection selection) {
        return outbox.processQueues(FsrarIdSelection.of(selection));
    }
}
