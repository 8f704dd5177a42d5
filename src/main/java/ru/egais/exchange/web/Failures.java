package ru.egais.exchange.web;

import jakarta.ws.rs.core.UriBuilder;
import ru.egais.exchange.common.DomainException;

/**
 * What the page says when an action fails. The services describe failures in English for the API; the page names
 * the kind in its own language from the kind of the domain's refusal (not found, conflict, invalid)
 * and shows the service's text beside it as a detail. Field errors of a form are translated where the form is
 * ({@link WaybillForm}).
 */
final class Failures {

    private Failures() {
    }

    static String code(DomainException e) {
        return switch (e.kind()) {
            case NOT_FOUND -> "err_notFound";
            case CONFLICT -> "err_conflict";
            case REQUEST_UNREADABLE, REQUEST_INVALID -> "err_invalid";
            default -> "err_failed";
        };
    }

    /** Adds the failure to the page the browser is sent back to. */
    static UriBuilder onto(UriBuilder back, DomainException e) {
        return back.queryParam("error", code(e)).queryParam("detail", e.getMessage());
    }
}
