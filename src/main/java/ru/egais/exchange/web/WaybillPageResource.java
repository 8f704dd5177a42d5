package ru.egais.exchange.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import ru.egais.exchange.api.ProblemException;
import ru.egais.exchange.common.DomainException;
import ru.egais.exchange.common.RequestInvalid;
import ru.egais.exchange.waybill.AcceptanceRequest;
import ru.egais.exchange.waybill.RepealAnswer;
import ru.egais.exchange.waybill.SupplierWaybillService;
import ru.egais.exchange.waybill.WaybillView;

import java.util.Map;

/**
 * A supplier waybill's page at {@code /ui/waybills/{id}} and the store's answers from it: accept, reject with a
 * note, differences by position; the answer to a supplier's request to repeal it. Every button calls the same
 * service method as the API ({@code POST /api/v1/waybills/{id}/act}, {@code …/repeal}) with its checks; a refused
 * differences form comes back filled in, with the errors under their positions.
 */
@Path("/ui/waybills")
public class WaybillPageResource {

    private final Template page;
    private final WaybillPage waybillPage;
    private final SupplierWaybillService waybills;
    private final WebText text;
    private final WebCsrf csrf;

    public WaybillPageResource(@Location("web/waybill.html") Template page, WaybillPage waybillPage,
                               SupplierWaybillService waybills, WebText text, WebCsrf csrf) {
        this.page = page;
        this.waybillPage = waybillPage;
        this.waybills = waybills;
        this.text = text;
        this.csrf = csrf;
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response waybill(@BeanParam PageRequest request, @PathParam("id") String id) {
        Words t = text.words(request.language());
        return render(t, request, id, WaybillForm.empty(t), 200);
    }

    @POST
    @Path("{id}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response accept(@PathParam("id") String id, @FormParam("csrf") String token) {
        refuseWithoutSecret(token);
        return answer(id, new AcceptanceRequest("Accepted", null, null, null, null, true, null));
    }

    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response reject(@PathParam("id") String id, @FormParam("csrf") String token, @FormParam("note") String note) {
        refuseWithoutSecret(token);
        return answer(id, new AcceptanceRequest("Rejected", null, null, blankToNull(note), null, true, null));
    }

    /** The differences form; refused, the page again (422) with what was typed and the errors by position. */
    @POST
    @Path("{id}/differences")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response differences(@BeanParam PageRequest request, @PathParam("id") String id,
                                MultivaluedMap<String, String> form) {
        refuseWithoutSecret(form.getFirst("csrf"));
        Words t = text.words(request.language());
        WaybillView w = waybills.getWaybill(id);
        WaybillForm typed = WaybillForm.read(t, w, form);
        if (typed.hasErrors()) {
            return render(t, request, id, typed, 422);
        }
        try {
            waybills.prepareAct(id, new AcceptanceRequest("Differences", null, null, blankToNull(form.getFirst("note")),
                    null, true, typed.differences()));
        } catch (RequestInvalid e) {
            typed.refused(w, e.errors());
            return render(t, request, id, typed, 422);
        } catch (DomainException e) {
            return back(id, e);
        }
        return done(id, "actPrepared");
    }

    @POST
    @Path("{id}/repeal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response repeal(@PathParam("id") String id, @FormParam("csrf") String token,
                           @FormParam("confirm") boolean confirm) {
        refuseWithoutSecret(token);
        try {
            waybills.prepareRepealAnswer(id, new RepealAnswer(confirm, null, null, null, true));
        } catch (DomainException e) {
            return back(id, e);
        }
        return done(id, "actPrepared");
    }

    private Response answer(String id, AcceptanceRequest act) {
        try {
            waybills.prepareAct(id, act);
        } catch (DomainException e) {
            return back(id, e);
        }
        return done(id, "actPrepared");
    }

    /**
     * Back to the waybill's page with a failure the page can name: the service's conflicts are told apart by the
     * waybill's state now (not registered yet, answered already), the rest by their kind.
     */
    private Response back(String id, DomainException e) {
        UriBuilder back = UriBuilder.fromPath("/ui/waybills/{id}");
        if (e.kind() == DomainException.Kind.CONFLICT) {
            WaybillView w = waybills.getWaybill(id);
            String code = w.wbRegId() == null ? "err_notRegistered"
                    : !WaybillPage.answerable(w) ? "err_alreadyAnswered" : "err_conflict";
            back.queryParam("error", code).queryParam("detail", e.getMessage());
        } else {
            Failures.onto(back, e);
        }
        return Response.seeOther(back.build(id)).build();
    }

    private static Response done(String id, String key) {
        return Response.seeOther(UriBuilder.fromPath("/ui/waybills/{id}").queryParam("done", key).build(id)).build();
    }

    private Response render(Words t, PageRequest request, String id, WaybillForm form, int status) {
        Map<String, Object> data = waybillPage.waybill(t, id, form);
        TemplateInstance html = page.instance();
        data.forEach(html::data);
        String body = html.setLocale(t.locale()).data("lang", t.language()).data("csrf", csrf.token())
                .data("done", request.doneText(t)).data("error", request.errorText(t))
                .data("errorDetail", request.errorDetail()).render();
        Response.ResponseBuilder response = Response.status(status).entity(body)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        if (request.languageCookie() != null) {
            response.cookie(request.languageCookie());
        }
        return response.build();
    }

    private void refuseWithoutSecret(String token) {
        if (!csrf.accepts(token)) {
            throw new ProblemException(403, "Forbidden", "the form did not come from this service's page", null);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
