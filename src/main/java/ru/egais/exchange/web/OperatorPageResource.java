package ru.egais.exchange.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import ru.egais.exchange.document.DocumentStatus;

import java.util.Arrays;
import java.util.Map;

/** The operator's page: the overview at {@code /}, one document, one incoming document (server-rendered HTML). */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class OperatorPageResource {

    private final Template overview;
    private final Template document;
    private final Template incoming;
    private final DashboardPage dashboardPage;
    private final DocumentPage documentPage;
    private final WebText text;
    private final WebCsrf csrf;

    public OperatorPageResource(@Location("web/overview.html") Template overview,
                                @Location("web/document.html") Template document,
                                @Location("web/incoming.html") Template incoming,
                                DashboardPage dashboardPage, DocumentPage documentPage, WebText text, WebCsrf csrf) {
        this.overview = overview;
        this.document = document;
        this.incoming = incoming;
        this.dashboardPage = dashboardPage;
        this.documentPage = documentPage;
        this.text = text;
        this.csrf = csrf;
    }

    @GET
    @Operation(hidden = true)
    public Response overview(@BeanParam PageRequest page, @QueryParam("q") String query,
                             @QueryParam("fsrarId") String fsrarId, @QueryParam("status") String status) {
        Words t = text.words(page.language());
        DocumentStatus filter = Arrays.stream(DocumentStatus.values()).filter(s -> s.name().equals(status))
                .findFirst().orElse(null);
        TemplateInstance html = with(overview.instance(), dashboardPage.data(t, query, fsrarId, filter))
                .data("q", query == null ? "" : query).data("fsrarId", fsrarId == null ? "" : fsrarId)
                .data("status", filter == null ? "" : filter.name());
        return render(html, page, t);
    }

    @GET
    @Path("ui/documents/{id}")
    @Operation(hidden = true)
    public Response document(@BeanParam PageRequest page, @PathParam("id") String id) {
        Words t = text.words(page.language());
        return render(with(document.instance(), documentPage.document(t, id)), page, t);
    }

    @GET
    @Path("ui/incoming/{id}")
    @Operation(hidden = true)
    public Response incoming(@BeanParam PageRequest page, @PathParam("id") String id) {
        Words t = text.words(page.language());
        return render(with(incoming.instance(), documentPage.incoming(t, id)), page, t);
    }

    private static TemplateInstance with(TemplateInstance html, Map<String, Object> data) {
        data.forEach(html::data);
        return html;
    }

    private Response render(TemplateInstance html, PageRequest page, Words t) {
        String body = html.setLocale(t.locale()).data("lang", t.language()).data("csrf", csrf.token())
                .data("done", page.doneText(t)).data("error", page.errorText(t)).data("errorDetail", page.errorDetail()).render();
        Response.ResponseBuilder response = Response.ok(body, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        if (page.languageCookie() != null) {
            response.cookie(page.languageCookie());
        }
        return response.build();
    }
}
