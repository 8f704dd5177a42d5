package ru.egais.exchange.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import ru.egais.exchange.cheque.ChequeService;
import ru.egais.exchange.cheque.ChequeStatus;
import ru.egais.exchange.cheque.ChequeView;

import java.util.List;

/** The operator's view of a shift's cheques at {@code /ui/cheques?fsrarId=&kassa=&shift=} (read-only). */
@Path("/ui/cheques")
@Produces(MediaType.TEXT_HTML)
public class ChequePageResource {

    private final Template cheques;
    private final ChequeService service;
    private final WebText text;
    private final WebCsrf csrf;

    public ChequePageResource(@Location("web/cheques.html") Template cheques, ChequeService service, WebText text,
                              WebCsrf csrf) {
        this.cheques = cheques;
        this.service = service;
        this.text = text;
        this.csrf = csrf;
    }

    /** One cheque of the shift as the page shows it: time and sum in the page's form, status in its words. */
    @io.quarkus.qute.TemplateData
    record Row(String kassa, String shift, String number, String type, String time, String sum, String status,
               String statusLabel, String url, String error) {

        static Row of(ChequeService.Summed s, Words t) {
            ChequeView c = s.cheque();
            return new Row(c.kassa() == null ? "" : c.kassa(), c.shift() == null ? "" : c.shift(), c.number(),
                    c.type(), t.date(c.date()), t.money(s.sum()), c.status().name(), t.get("cs_" + c.status().name()),
                    c.url(), c.error());
        }
    }

    @GET
    @Operation(hidden = true)
    public Response shift(@BeanParam PageRequest page, @QueryParam("fsrarId") String fsrarId,
                          @QueryParam("kassa") String kassa, @QueryParam("shift") String shift) {
        Words t = text.words(page.language());
        List<ChequeService.Summed> summed = fsrarId == null || fsrarId.isBlank() ? List.of()
                : service.listShiftSummed(fsrarId.strip(), kassa, shift, 1000);
        List<Row> rows = summed.stream().map(s -> Row.of(s, t)).toList();
        long signed = summed.stream().filter(c -> c.cheque().status() == ChequeStatus.SIGNED).count();
        String body = cheques.instance().setLocale(t.locale()).data("lang", t.language()).data("csrf", csrf.token())
                .data("done", null).data("error", page.errorText(t)).data("errorDetail", page.errorDetail())
                .data("fsrarId", fsrarId == null ? "" : fsrarId).data("kassa", kassa == null ? "" : kassa)
                .data("shift", shift == null ? "" : shift).data("cheques", rows).data("signed", signed)
                .data("notSigned", rows.size() - signed).render();
        Response.ResponseBuilder response = Response.ok(body, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        if (page.languageCookie() != null) {
            response.cookie(page.languageCookie());
        }
        return response.build();
    }
}
