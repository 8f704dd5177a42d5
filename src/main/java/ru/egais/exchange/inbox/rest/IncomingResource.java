package ru.egais.exchange.inbox.rest;

import ru.egais.exchange.utm.EgaisDocumentReader;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import ru.egais.exchange.api.FsrarIdSelection;
import jakarta.ws.rs.core.StreamingOutput;
import ru.egais.exchange.common.RequestInvalid;
import ru.egais.exchange.inbox.InboxService;
import ru.egais.exchange.inbox.IncomingBatchService;
import ru.egais.exchange.inbox.IncomingOutcome;
import ru.egais.exchange.inbox.IncomingSelection;
import ru.egais.exchange.inbox.IncomingContentWriter;
import ru.egais.exchange.inbox.IncomingQueries;
import ru.egais.exchange.inbox.IncomingStatus;
import ru.egais.exchange.inbox.IncomingView;
import ru.egais.exchange.inbox.ReceiveSummary;
import ru.egais.exchange.inbox.WaitingInUtm;

import java.util.List;

/** Incoming documents: check UTM, load, process, list, read, delete from UTM. */
@Path("/api/v1/incoming")
@Produces(MediaType.APPLICATION_JSON)
public class IncomingResource {

    private final InboxService inbox;
    private final IncomingQueries queries;
    private final IncomingContentWriter content;
    private final IncomingBatchService batches;

    public IncomingResource(InboxService inbox, IncomingQueries queries, IncomingContentWriter content,
                            IncomingBatchService batches) {
        this.batches = batches;
        this.inbox = inbox;
        this.queries = queries;
        this.content = content;
    }

    @GET
    @Path("/check")
    public List<WaitingInUtm> check(@QueryParam("fsrarId") List<String> fsrarIds) {
        return inbox.checkIncoming(fsrarIds);
    }

    @POST
    @Path("/fetch")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<ReceiveSummary> fetch(FsrarIdSelection selection) {
        return inbox.fetchIncoming(FsrarIdSelection.of(selection));
    }

    /**
     * {@code {"ids": [...]}}: those documents, answered one by one ({@link IncomingOutcome}); otherwise everything
     * stored for {@code fsrarIds} (none: all), answered per organization ({@link ReceiveSummary}).
     */
    @POST
    @Path("/process")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<?> process(IncomingSelection selection) {
        if (selection != null && selection.namesDocuments()) {
            return batches.processIncoming(selection.ids());
        }
        return inbox.processIncoming(selection == null ? List.of() : selection.fsrarIdsOrNone());
    }

    /**
     * Deletes several documents from UTM: {@code {"ids": [...]}}, or {@code {"fsrarIds": [...], "processed": true}}
     * for every processed one of those organizations that UTM still holds. The stored copies stay.
     */
    @POST
    @Path("/delete")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<IncomingOutcome> delete(IncomingSelection selection) {
        if (selection != null && selection.namesDocuments()) {
            return batches.deleteFromUtm(selection.ids());
        }
        if (selection != null && Boolean.TRUE.equals(selection.processed())) {
            return batches.deleteProcessedFromUtm(selection.fsrarIds());
        }
        throw RequestInvalid.of("ids",
                "name the documents (ids), or the organizations with \"processed\": true");
    }

    @GET
    public List<IncomingView> list(@QueryParam("fsrarId") String fsrarId, @QueryParam("status") IncomingStatus status,
                                   @QueryParam("offset") @DefaultValue("0") int offset,
                                   @QueryParam("limit") @DefaultValue("100") int limit) {
        return queries.listIncoming(fsrarId, status, offset, limit);
    }

    /** The document's row and, under {@code content}, what it says (read from its XML). */
    @GET
    @Path("/{id}")
    public StreamingOutput get(@PathParam("id") String id) {
        return content.incomingWithContent(id)::writeTo;
    }

    @GET
    @Path("/{id}/xml")
    @Produces(MediaType.APPLICATION_XML)
    public jakarta.ws.rs.core.Response xml(@PathParam("id") String id) throws java.io.IOException {
        // In the encoding the document declares, as it came from UTM: UTF-8 bytes under a windows-1251
        // declaration would be read garbled by every XML parser.
        java.io.BufferedReader text = new java.io.BufferedReader(queries.openIncomingXml(id), 8192);
        text.mark(256);
        char[] head = new char[200];
        int n = Math.max(0, text.read(head));
        text.reset();
        java.nio.charset.Charset charset = EgaisDocumentReader.declaredCharset(new String(head, 0, n));
        StreamingOutput body = out -> {
            try (text; java.io.Writer w = new java.io.OutputStreamWriter(out, charset.newEncoder()
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE)
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE))) {
                text.transferTo(w);
            }
        };
        return jakarta.ws.rs.core.Response.ok(body, "application/xml;charset=" + charset.name()).build();
    }

    /** Deletes the document from UTM (not from here: the stored copy is kept). */
    @DELETE
    @Path("/{id}")
    public IncomingView deleteFromUtm(@PathParam("id") String id) {
        return inbox.deleteFromUtm(id);
    }
}
