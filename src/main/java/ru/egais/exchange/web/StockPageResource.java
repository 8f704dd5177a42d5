package ru.egais.exchange.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import ru.egais.exchange.common.DomainException;
import ru.egais.exchange.common.NotFound;
import ru.egais.exchange.api.ProblemException;
import ru.egais.exchange.outbox.DocumentPreparationService;
import ru.egais.exchange.outbox.QueryRequest;
import ru.egais.exchange.stock.StockService;
import ru.egais.exchange.stock.StockView;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An organization's stock at {@code /ui/stock?fsrarId=}: registers 1 (warehouse) and 2 (shop floor) from the
 * newest stock reply, with the reply's date, and a button asking EGAIS for fresh stock (the same query as
 * {@code POST /api/v1/documents} with QueryRests_v2 / QueryRestsShop_v2, posted at once). Its own page rather than
 * a part of the overview: a reply may be tens of megabytes and is read each time it is shown.
 */
@Path("/ui/stock")
public class StockPageResource {

    static final int SHOWN = 200;

    private final Template page;
    private final StockService stock;
    private final DocumentPreparationService preparation;
    private final WebText text;
    private final WebCsrf csrf;

    public StockPageResource(@Location("web/stock.html") Template page, StockService stock,
                             DocumentPreparationService preparation, WebText text, WebCsrf csrf) {
        this.page = page;
        this.stock = stock;
        this.preparation = preparation;
        this.text = text;
        this.csrf = csrf;
    }

    @TemplateData
    record Register(int register, String label, boolean present, String restsDate, String received, long total,
                    long more, List<Line> lines) {
    }

    @TemplateData
    record Line(String name, String alcCode, String f2, String volume, String quantity) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response stock(@BeanParam PageRequest request, @QueryParam("fsrarId") String fsrarId) {
        Words t = text.words(request.language());
        String org = fsrarId == null ? "" : fsrarId.strip();
        List<Register> registers = new ArrayList<>();
        if (!org.isEmpty()) {
            for (int r = 1; r <= 2; r++) {
                registers.add(register(t, org, r));
            }
        }
        String body = page.instance().setLocale(t.locale()).data("lang", t.language()).data("csrf", csrf.token())
                .data("done", request.doneText(t)).data("error", request.errorText(t))
                .data("errorDetail", request.errorDetail()).data("fsrarId", org).data("registers", registers).render();
        Response.ResponseBuilder response = Response.ok(body, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        if (request.languageCookie() != null) {
            response.cookie(request.languageCookie());
        }
        return response.build();
    }

    /** Asks EGAIS for the register's stock now; the answer arrives with a later exchange. */
    @POST
    @Path("ask")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response ask(@FormParam("csrf") String token, @FormParam("fsrarId") String fsrarId,
                        @FormParam("register") int register) {
        if (!csrf.accepts(token)) {
            throw new ProblemException(403, "Forbidden", "the form did not come from this service's page", null);
        }
        UriBuilder back = UriBuilder.fromPath("/ui/stock").queryParam("fsrarId", fsrarId);
        try {
            preparation.prepareForTransmission(new QueryRequest(register == 2 ? "QueryRestsShop_v2" : "QueryRests_v2",
                    fsrarId, null, true, Map.of()));
            back.queryParam("done", "stockAsked");
        } catch (DomainException e) {
            Failures.onto(back, e);
        }
        return Response.seeOther(back.build()).build();
    }

    private Register register(Words t, String fsrarId, int register) {
        String label = register == 1 ? t.shop().register1() : t.shop().register2();
        StockView v;
        try {
            v = stock.stock(fsrarId, register, 0, SHOWN);
        } catch (NotFound none) {
            return new Register(register, label, false, "", "", 0, 0, List.of());
        }
        List<Line> lines = v.positions().stream().map(p -> new Line(p.name() == null ? "" : p.name(), p.alcCode(),
                p.informF2RegId(), p.volume() == null ? "" : t.number(p.volume()), t.number(p.quantity()))).toList();
        return new Register(register, label, true, t.date(v.restsDate()), t.time(v.receivedAt()), v.total(),
                Math.max(0, v.total() - lines.size()), lines);
    }
}
