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
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import ru.egais.exchange.api.ApiAccess;
import ru.egais.exchange.api.ApiAccessHandler;
import ru.egais.exchange.api.LoginThrottle;
import ru.egais.exchange.api.WebSessions;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * When the API needs its token (it listens beyond loopback), a browser gives it once here (wrong guesses are
 * throttled); the browser then carries a session id in an HttpOnly, SameSite=Strict cookie, so scripts and other
 * sites cannot read or send it, and the token itself is never stored in the browser.
 */
@Path(ApiAccessHandler.LOGIN_PAGE)
@Produces(MediaType.TEXT_HTML)
public class WebLoginResource {

    private final Template login;
    private final ApiAccess access;
    private final WebText text;
    private final WebSessions sessions;
    private final LoginThrottle throttle;

    public WebLoginResource(@Location("web/login.html") Template login, ApiAccess access, WebText text,
                            WebSessions sessions, LoginThrottle throttle) {
        this.sessions = sessions;
        this.throttle = throttle;
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
    public Response logIn(@BeanParam PageRequest page, @FormParam("token") String token,
                          @Context HttpServerRequest request) {
        if (!access.tokenRequired()) {
            return Response.seeOther(URI.create("/")).build();
        }
        String caller = request.remoteAddress() == null ? "?" : request.remoteAddress().hostAddress();
        Optional<Duration> wait = throttle.waitFor(caller);
        if (wait.isPresent()) {
            return Response.status(429).header("Retry-After", Math.max(1, wait.get().toSeconds()))
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(render(page, true)).build();
        }
        if (!access.accepts(token)) {
            throttle.recordFailure(caller);
            return Response.status(401).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(render(page, true)).build();
        }
        // The cookie names a session, never the token; Secure when the browser reached us over TLS (directly, or
        // through a proxy when forwarded headers are enabled, which sets the scheme).
        boolean tls = request.isSSL() || "https".equalsIgnoreCase(request.scheme());
        NewCookie cookie = new NewCookie.Builder(ApiAccessHandler.SESSION_COOKIE).value(sessions.open()).path("/")
                .httpOnly(true).secure(tls).sameSite(NewCookie.SameSite.STRICT).build();
        return Response.seeOther(URI.create("/")).cookie(cookie).build();
    }

    private String render(PageRequest page, boolean refused) {
        Words t = text.words(page.language());
        return login.instance().setLocale(t.locale()).data("lang", t.language()).data("refused", refused)
                .data("done", null).data("error", null).data("errorDetail", null).render();
    }
}
