package ru.egais.exchange.web;

import jakarta.ws.rs.core.UriBuilder;
import ru.egais.exchange.api.ProblemException;

/**
 * What the page says when an action fails. The services describe failures in English for the API; the page names
 * the kind in its own language from the HTTP status the failure carries (not found, conflict, invalid, forbidden)
 * and shows the service's text beside it as a detail. Field errors of a form are translated where the form is
 * ({@link WaybillForm}).
 */
final class Failures {

    private Failures() {
    }

    static String code(ProblemException e) {
        return switch (e.status()) {
            case 403 -> "err_forbidden";
            case 404 -> "err_notFound";
            case 409 -> "err_conflict";
            case 400, 422 -> "err_invalid";
            default -> "err_failed";
        };
    }

    /** Adds the failure to the page the browser is sent back to. */
    static UriBuilder onto(UriBuilder back, ProblemException e) {
        return back.queryParam("error", code(e)).queryParam("detail", e.getMessage());
    }
}
