package ru.egais.exchange.outbox.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import ru.egais.exchange.api.JsonProblems;
import ru.egais.exchange.document.DocumentStatus;
import ru.egais.exchange.document.DocumentView;
import ru.egais.exchange.document.ExchangeLogEntry;
import ru.egais.exchange.document.PreparationWarnings;
import ru.egais.exchange.api.DomainProblems;
import ru.egais.exchange.api.Problem;
import ru.egais.exchange.outbox.DocumentBatchPreparation;
import ru.egais.exchange.outbox.DocumentPreparationService;
import ru.egais.exchange.outbox.DocumentRequest;
import ru.egais.exchange.outbox.DocumentService;

import java.util.ArrayList;
import java.util.List;

/** Outgoing documents: prepare for transmission (JSON or ready XML), status, XML, exchange log. */
@Path("/api/v1/documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {

    private final DocumentPreparationService preparation;
    private final DocumentService documents;
    private final DocumentBatchPreparation batches;
    private final ObjectMapper json;
    private final PreparationWarnings stockWarnings;

    public DocumentResource(DocumentPreparationService preparation, DocumentService documents,
                            DocumentBatchPreparation batches, ObjectMapper json, PreparationWarnings stockWarnings) {
        this.batches = batches;
        this.json = json;
        this.stockWarnings = stockWarnings;
        this.preparation = preparation;
        this.documents = documents;
    }

    /**
     * One JSON document (201 / 200 for an existing externalId), or a JSON array of them: 200 with one answer per
     * item, in order (its status, the document or its problem).
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response prepare(JsonNode body, UriInfo uri) throws JsonProcessingException {
        if (body != null && body.isArray()) {
            List<DocumentBatchPreparation.Item> items = new ArrayList<>();
            for (JsonNode item : body) {
                items.add(readItem(item));
            }
            return Response.ok(batches.prepareAll(items).stream().map(ItemAnswer::of).toList()).build();
        }
        DocumentRequest request = body == null || body.isNull() ? null : json.treeToValue(body, DocumentRequest.class);
        Response prepared = PreparedResponses.of(preparation.prepareForTransmission(request), uri);
        // Checked after the document is stored: a warning never stops it (the stock reply may be stale).
        List<String> warnings = stockWarnings.check(body);
        if (warnings.isEmpty()) {
            return prepared;
        }
        com.fasterxml.jackson.databind.node.ObjectNode answer = json.valueToTree(prepared.getEntity());
        answer.putPOJO("warnings", warnings);
        return Response.fromResponse(prepared).entity(answer).build();
    }

    private DocumentBatchPreparation.Item readItem(JsonNode item) {
        try {
            return new DocumentBatchPreparation.Item(item.isNull() ? null
                    : json.treeToValue(item, DocumentRequest.class), null);
        } catch (JsonProcessingException e) {
            return new DocumentBatchPreparation.Item(null, JsonProblems.of(e));
        }
    }

    @POST
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    public Response prepareXml(byte[] xml, @QueryParam("externalId") String externalId,
                               @QueryParam("immediate") @DefaultValue("false") boolean immediate, UriInfo uri) {
        return PreparedResponses.of(preparation.prepareXmlForTransmission(xml, externalId, immediate), uri);
    }

    @GET
    public List<DocumentView> list(@QueryParam("fsrarId") String fsrarId, @QueryParam("status") DocumentStatus status,
                                   @QueryParam("overdue") @DefaultValue("false") boolean overdue,
                                   @QueryParam("inDoubt") @DefaultValue("false") boolean inDoubt,
                                   @QueryParam("offset") @DefaultValue("0") int offset,
                                   @QueryParam("limit") @DefaultValue("100") int limit) {
        return inDoubt ? documents.listInDoubtDocuments(fsrarId, limit)
                : overdue ? documents.listOverdueDocuments(fsrarId, limit)
                : documents.listDocuments(fsrarId, status, offset, limit);
    }

    @GET
    @Path("/{id}")
    public DocumentView get(@PathParam("id") String id) {
        return documents.getDocument(id);
    }

    @GET
    @Path("/{id}/xml")
    @Produces(MediaType.APPLICATION_XML)
    public String xml(@PathParam("id") String id) {
        return documents.getDocumentXml(id);
    }

    @GET
    @Path("/{id}/log")
    public List<ExchangeLogEntry> log(@PathParam("id") String id) {
        return documents.getDocumentLog(id);
    }

    /** The answer for one item of an array: {@code status} as a single call would have had it (201, 200, 4xx). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @io.quarkus.runtime.annotations.RegisterForReflection
    public record ItemAnswer(int index, int status, String outcome, DocumentView document, Problem problem) {

        static ItemAnswer of(DocumentBatchPreparation.ItemResult r) {
            if (r.refusal() != null) {
                Problem problem = DomainProblems.of(r.refusal(), "#/" + r.index());
                return new ItemAnswer(r.index(), problem.status(), r.outcome().name(), null, problem);
            }
            int status = r.outcome() == DocumentBatchPreparation.Outcome.CREATED ? 201 : 200;
            return new ItemAnswer(r.index(), status, r.outcome().name(), r.document(), null);
        }
    }
}
