package ru.egais.exchange.relay.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import ru.egais.exchange.outbox.DocumentRequest;
import ru.egais.exchange.relay.RelayExchangeResult;
import ru.egais.exchange.relay.RelayNodeService;
import ru.egais.exchange.relay.RelayNodeSettings;
import ru.egais.exchange.relay.RelayNodeView;
import ru.egais.exchange.relay.RelayQuarantine;
import ru.egais.exchange.relay.RelayQueries;
import ru.egais.exchange.relay.RelayService;
import ru.egais.exchange.relay.RelayTransmitService;
import ru.egais.exchange.relay.RemoteDocument;
import ru.egais.exchange.relay.RemoteIncomingView;

import java.util.List;

/** The head-office relay: peer nodes, an exchange now, documents sent to a store and what stores reported. */
@Path("/api/v1/relay/nodes")
@Produces(MediaType.APPLICATION_JSON)
public class RelayResource {

    private final RelayNodeService nodes;
    private final RelayService relay;
    private final RelayTransmitService transmits;
    private final RelayQueries queries;
    private final RelayQuarantine quarantine;

    public RelayResource(RelayNodeService nodes, RelayService relay, RelayTransmitService transmits,
                         RelayQueries queries, RelayQuarantine quarantine) {
        this.quarantine = quarantine;
        this.nodes = nodes;
        this.relay = relay;
        this.transmits = transmits;
        this.queries = queries;
    }

    @GET
    public List<RelayNodeView> list() {
        return nodes.listNodes();
    }

    @GET
    @Path("/{code}")
    public RelayNodeView get(@PathParam("code") String code) {
        return nodes.getNode(code);
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    public RelayNodeView put(@PathParam("code") String code, RelayNodeSettings settings) {
        return nodes.saveNode(code, settings);
    }

    @DELETE
    @Path("/{code}")
    public Response delete(@PathParam("code") String code) {
        nodes.deleteNode(code);
        return Response.noContent().build();
    }

    @POST
    @Path("/{code}/exchange")
    public RelayExchangeResult exchange(@PathParam("code") String code,
                                        @QueryParam("askPeer") @DefaultValue("false") boolean askPeer) {
        return relay.exchange(code, askPeer);
    }

    @POST
    @Path("/{code}/documents")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response requestTransmission(@PathParam("code") String code, DocumentRequest request) {
        RelayTransmitService.Requested r = transmits.requestTransmission(code, request);
        return Response.status(r.created() ? 201 : 200).entity(r.document()).build();
    }

    @GET
    @Path("/{code}/documents")
    public List<RemoteDocument> documents(@PathParam("code") String code, @QueryParam("status") String status,
                                          @QueryParam("externalId") String externalId,
                                          @QueryParam("offset") @DefaultValue("0") int offset,
                                          @QueryParam("limit") @DefaultValue("100") int limit) {
        return queries.listRemoteDocuments(code, status, externalId, offset, limit);
    }

    @GET
    @Path("/{code}/incoming")
    public List<RemoteIncomingView> incoming(@PathParam("code") String code,
                                             @QueryParam("offset") @DefaultValue("0") int offset,
                                             @QueryParam("limit") @DefaultValue("100") int limit) {
        return queries.listRemoteIncoming(code, offset, limit);
    }

    /** The peer's message files set aside (unreadable, oversized, a link, not what their name says). */
    @GET
    @Path("/{code}/quarantine")
    public List<RelayQuarantine.View> quarantined(@PathParam("code") String code) {
        nodes.getNode(code); // 404 for an unknown node
        return quarantine.list(code);
    }

    @GET
    @Path("/{code}/incoming/{id}/xml")
    @Produces(MediaType.APPLICATION_XML)
    public String incomingXml(@PathParam("code") String code, @PathParam("id") String id) {
        return queries.getRemoteIncomingXml(code, id);
    }
}
