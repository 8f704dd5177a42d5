package ru.egais.exchange.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import ru.egais.exchange.api.ApiAccess;
import ru.egais.exchange.api.ApiAccessHandler;

import java.net.URI;
import java.util.Map;

/**
 * When the API needs its token (it listens beyond loopback), a browser gives it once here; it is kept in an
 * HttpOnly, SameSite=Strict cookie for the session, so scripts and other sites cannot read or send it.
 */
@Path(ApiAccessHandler.LOGIN_PAGE)
@Produces(MediaType.TEXT_HTML)
public class WebLoginResource {

    private final Template login;
    private final ApiAccess access;
    private final WebText text;

    public WebLoginResource(@Location("web/login.html") Template login, ApiAccess access, WebText text) {
        this.login = login;
        this.access = access;
        this.text = text;
    }

    @GET
    @Operation(hidden = true)
    public String form(@BeanParam PageRequest page) {
        return render(page, false);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response logIn(@BeanParam PageRequest page, @FormParam("token") String token) {
        if (!access.tokenRequired()) {
            return Response.seeOther(URI.create("/")).build();
        }
        if (!access.accepts(token)) {
            return Response.status(401).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(render(page, true)).build();
        }
        NewCookie cookie = new NewCookie.Builder(ApiAccessHandler.TOKEN_COOKIE).value(token).path("/").httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).build();
        return Response.seeOther(URI.create("/")).cookie(cookie).build();
    }

    private String render(PageRequest page, boolean refused) {
        Map<String, String> t = text.words(page.language());
        return login.data("t", t).data("lang", page.language()).data("refused", refused)
                .data("done", null).data("error", null).render();
    }
}
