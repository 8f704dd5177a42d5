package ru.egais.exchange.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import ru.egais.exchange.api.ProblemException;
import ru.egais.exchange.common.DomainException;
import ru.egais.exchange.common.NotFound;
import ru.egais.exchange.exchange.ExchangeService;
import ru.egais.exchange.outbox.DifferencesAnswerService;
import ru.egais.exchange.outbox.DocumentLifecycleService;
import ru.egais.exchange.outbox.DocumentService;
import ru.egais.exchange.outbox.InDoubtActions;
import ru.egais.exchange.outbox.OutboxService;

import java.util.List;

/**
 * The page's buttons: HTML forms posting here, each calling the same service method as its API call, then back to
 * the page (303) with the outcome. An exchange runs in the background and shows its progress on the overview.
 */
@Path("/ui/actions")
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class OperatorActionResource {

    private final DocumentLifecycleService lifecycle;
    private final DocumentService documents;
    private final OutboxService outbox;
    private final ExchangeService exchange;
    private final ManagedExecutor workers;
    private final WebCsrf csrf;
    private final InDoubtActions inDoubt;
    @jakarta.inject.Inject
    DifferencesAnswerService differencesAnswers;

    public OperatorActionResource(DocumentLifecycleService lifecycle, DocumentService documents, OutboxService outbox,
                                  ExchangeService exchange, ManagedExecutor workers, WebCsrf csrf,
                                  InDoubtActions inDoubt) {
        this.inDoubt = inDoubt;
        this.lifecycle = lifecycle;
        this.documents = documents;
        this.outbox = outbox;
        this.exchange = exchange;
        this.workers = workers;
        this.csrf = csrf;
    }

    @POST
    @Path("documents/{id}/{action}")
    @Operation(hidden = true)
    public Response act(@PathParam("id") String id, @PathParam("action") String action,
                        @FormParam("csrf") String token, @FormParam("replyId") String replyId) {
        refuseWithoutSecret(token);
        UriBuilder back = UriBuilder.fromPath("/ui/documents/{id}");
        try {
            switch (action) {
                case "send-now" -> outbox.sendNow(id, documents.getDocument(id).fsrarId());
                case "cancel-transmission" -> lifecycle.cancelTransmission(id);
                case "cancel-last-operation" -> lifecycle.cancelLastOperation(id);
                case "resubmit" -> lifecycle.resubmit(id, null);
                case "restore-status" -> lifecycle.restoreStatus(id);
                case "settle-posted" -> inDoubt.settle(id, new InDoubtActions.Settle(InDoubtActions.Action.POSTED,
                        replyId == null ? null : replyId.strip()));
                case "settle-post-again" -> inDoubt.settle(id, new InDoubtActions.Settle(InDoubtActions.Action.POST_AGAIN, null));
                // Our WayBillTicket on the consignee's Differences act on this waybill of ours, posted at once.
                case "differences-accept", "differences-refuse" -> differencesAnswers.answer(id,
                        new DifferencesAnswerService.DifferencesAnswer(
                                action.equals("differences-accept"), true));
                default -> throw new NotFound("no action " + action);
            }
            back.queryParam("done", "done");
        } catch (DomainException e) {
            Failures.onto(back, e);
        }
        return Response.seeOther(back.build(id)).build();
    }

    /** Runs the exchange of one organization, or of all when none is named, in the background. */
    @POST
    @Path("exchange")
    @Operation(hidden = true)
    public Response runExchange(@FormParam("fsrarId") String fsrarId, @FormParam("csrf") String token) {
        refuseWithoutSecret(token);
        List<String> selection = fsrarId == null || fsrarId.isBlank() ? List.of() : List.of(fsrarId);
        workers.runAsync(() -> exchange.runExchange(selection));
        return Response.seeOther(UriBuilder.fromPath("/").queryParam("done", "done").build()).build();
    }

    private void refuseWithoutSecret(String token) {
        if (!csrf.accepts(token)) {
            throw new ProblemException(403, "Forbidden", "the form did not come from this service's page", null);
        }
    }
}
