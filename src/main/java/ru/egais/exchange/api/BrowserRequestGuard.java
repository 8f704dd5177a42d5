package ru.egais.exchange.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Locale;
import java.util.Set;

/**
 * The first filter of every request: what a web page open in a browser on the same PC cannot do. A page of any site
 * may send requests to 127.0.0.1; the browser then says where it came from ({@code Origin}, {@code Sec-Fetch-Site})
 * and cannot choose a non-simple {@code Content-Type} without a preflight, which fails here. A {@code Host} that is
 * not one of the service's names is DNS rebinding. Bodies sent in chunks are counted as they arrive, since no
 * {@code Content-Length} announces them (chunked HTTP/1.1, HTTP/2). Every refusal is problem+json and happens before any resource runs.
 */
@ApplicationScoped
public class BrowserRequestGuard {

    private static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);
    /** What the API's resources read; none of them is a type a page may send cross-site without a preflight. */
    private static final Set<String> API_TYPES = Set.of("application/json", "application/xml", "text/xml");
    /** The operator's page posts HTML forms; its forms also carry the page's secret (WebCsrf). */
    private static final String FORM = "application/x-www-form-urlencoded";

    private final SiteNames sites;
    private final ObjectMapper json;
    private final long maxBodyBytes;

    public BrowserRequestGuard(SiteNames sites, ObjectMapper json,
                               ApiConfig config) {
        this.sites = sites;
        this.json = json;
        this.maxBodyBytes = config.maxBodySize().asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        String host = ctx.request().getHeader("Host");
        // HTTP/1.0 clients may send no Host; a browser always does, so only a present one is checked.
        if (host != null && !sites.isOwnHost(host)) {
            refuse(ctx, 403, "Forbidden", "Host '" + host + "' is not a name of this service; a name in front of it "
                    + "(a reverse proxy) is allowed with EGAIS_API_ALLOWED_HOSTS");
            return;
        }
        String origin = ctx.request().getHeader("Origin");
        boolean allowedOrigin = origin != null && sites.isAllowedOrigin(origin);
        if (origin != null && !allowedOrigin && !SiteNames.isSameOrigin(origin, host)) {
            refuse(ctx, 403, "Forbidden", "requests from the web page at '" + origin + "' are refused; a known "
                    + "origin is allowed with EGAIS_API_ALLOWED_ORIGINS");
            return;
        }
        if (origin == null && "cross-site".equals(ctx.request().getHeader("Sec-Fetch-Site")) && !isNavigation(ctx)) {
            refuse(ctx, 403, "Forbidden", "requests from another site's web page are refused");
            return;
        }
        if (allowedOrigin) {
            ctx.response().putHeader("Access-Control-Allow-Origin", origin).putHeader("Vary", "Origin");
            if (ctx.request().method() == HttpMethod.OPTIONS
                    && ctx.request().getHeader("Access-Control-Request-Method") != null) {
                ctx.response().setStatusCode(204)
                        .putHeader("Access-Control-Allow-Methods", "GET, POST, PUT, DELETE")
                        .putHeader("Access-Control-Allow-Headers", "Content-Type, Authorization, X-Api-Token")
                        .putHeader("Access-Control-Max-Age", "600").end();
                return;
            }
        }
        if (WRITES.contains(ctx.request().method())) {
            String length = ctx.request().getHeader("Content-Length");
            if (length == null && !ctx.request().isEnded()) {
                readCounting(ctx); // chunked (HTTP/1.1) or streamed (HTTP/2): no length announced
                return;
            }
            if (length != null && !"0".equals(length.strip()) && !refuseUnknownType(ctx)) {
                return;
            }
        }
        ctx.next();
    }

    /** Refuses (415) a body that is neither JSON nor XML; the answer says whether it went on. */
    private boolean refuseUnknownType(RoutingContext ctx) {
        String type = mediaType(ctx.request().getHeader("Content-Type"));
        boolean form = FORM.equals(type) && ctx.normalizedPath().startsWith("/ui/");
        if (API_TYPES.contains(type) || form) {
            return true;
        }
        refuse(ctx, 415, "Unsupported Media Type", (type == null ? "a body without a Content-Type"
                : "Content-Type '" + type + "'") + " is not taken: send application/json or application/xml");
        return false;
    }

    /** A link followed from another site opens a page; GET changes nothing, and the answer goes to the user's tab. */
    private static boolean isNavigation(RoutingContext ctx) {
        return ctx.request().method() == HttpMethod.GET && "navigate".equals(ctx.request().getHeader("Sec-Fetch-Mode"));
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /**
     * A chunked or HTTP/2 body announces no length: it is read here, counted, and refused once it passes the limit
     * (Vert.x's own limit is only a backstop above it); the resource then reads it from memory (Quarkus REST takes
     * a body already read by a route). Its type is checked once it is known not to be empty.
     */
    private void readCounting(RoutingContext ctx) {
        Buffer body = Buffer.buffer();
        boolean[] refused = {false};
        ctx.request().handler(chunk -> {
            if (refused[0]) {
                return;
            }
            if (body.length() + (long) chunk.length() > maxBodyBytes) {
                refused[0] = true;
                refuse(ctx, 413, "Payload too large", "the body is over " + maxBodyBytes
                        + " bytes, the most the API takes (egais.api.max-body-size)");
                return;
            }
            body.appendBuffer(chunk);
        });
        ctx.request().endHandler(v -> {
            if (!refused[0] && (body.length() == 0 || refuseUnknownType(ctx))) {
                ctx.setBody(body);
                ctx.next();
            }
        });
        ctx.request().exceptionHandler(e -> ctx.fail(e));
        ctx.request().resume();
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
