package ru.egais.exchange.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * In front of every route (the API, OpenAPI, metrics): refuses calls without the API token when one is set (401),
 * and bodies announced larger than the API takes (413), both as problem+json and before the body is read.
 * Health stays open for supervisors, but without a token it says only UP or DOWN (FSRAR IDs, certificates and
 * queues are for authenticated callers). A browser on the operator's page is sent to a login form, and then carries
 * a session id in a cookie. The token is never logged.
 */
@ApplicationScoped
public class ApiAccessHandler {

    /** Where a browser gives the token once; it then carries a session id in an HttpOnly, SameSite=Strict cookie. */
    public static final String LOGIN_PAGE = "/ui/login";
    public static final String SESSION_COOKIE = "egais_session";

    private final ApiAccess access;
    private final long maxBodyBytes;
    private final ObjectMapper json;
    private final WebSessions sessions;
    private final HealthStatusOnly health;

    public ApiAccessHandler(ApiAccess access, ObjectMapper json, WebSessions sessions, HealthStatusOnly health,
                            ApiConfig config) {
        this.sessions = sessions;
        this.health = health;
        this.access = access;
        this.json = json;
        this.maxBodyBytes = config.maxBodySize().asLongValue();
    }

    void install(@Observes Router router) {
        // After BrowserRequestGuard, which refuses other sites' pages and foreign Host names first.
        router.route().order(Integer.MIN_VALUE + 1).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        String length = ctx.request().getHeader("Content-Length");
        if (length != null && length.matches("[0-9]{1,19}") && Long.parseLong(length) > maxBodyBytes) {
            refuse(ctx, 413, "Payload too large", "the body is " + length + " bytes; the API takes at most "
                    + maxBodyBytes + " (egais.api.max-body-size)");
            return;
        }
        String path = ctx.normalizedPath();
        if (access.tokenRequired() && !path.equals(LOGIN_PAGE)) {
            String presented = bearer(ctx.request().getHeader("Authorization"));
            if (presented == null) {
                presented = ctx.request().getHeader("X-Api-Token");
            }
            boolean inSession = ctx.request().getCookie(SESSION_COOKIE) != null
                    && sessions.isValid(ctx.request().getCookie(SESSION_COOKIE).getValue()); // the page in a browser
            boolean authenticated = inSession || access.accepts(presented);
            if (path.startsWith("/q/health")) {
                if (authenticated) {
                    ctx.next();
                } else {
                    health.answerStatusOnly(ctx, path);
                }
                return;
            }
            if (!authenticated && isPage(path) && "GET".equals(ctx.request().method().name())) {
                ctx.response().setStatusCode(303).putHeader("Location", LOGIN_PAGE).end();
                return;
            }
            if (!authenticated) {
                ctx.response().putHeader("WWW-Authenticate", "Bearer");
                refuse(ctx, 401, "Unauthorized", "this API needs its token: send 'Authorization: Bearer <token>'");
                return;
            }
        }
        ctx.next();
    }

    /** The operator's page, which a browser shows: sent to the login form rather than answered 401. */
    private static boolean isPage(String path) {
        return path.equals("/") || path.startsWith("/ui/");
    }

    private static String bearer(String header) {
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : null;
    }

    private void refuse(RoutingContext ctx, int status, String title, String detail) {
        String body;
        try {
            body = json.writeValueAsString(new Problem("about:blank", title, status, detail, ctx.normalizedPath(), null));
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + status + "}";
        }
        ctx.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Connection", "close").end(body);
    }
}
