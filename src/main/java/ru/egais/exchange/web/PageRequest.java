package ru.egais.exchange.web;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;

/** What every page view carries: the language asked for, and the outcome of the last action (shown once). */
public class PageRequest {

    @QueryParam("lang")
    String lang;

    @CookieParam("lang")
    String langCookie;

    @HeaderParam("Accept-Language")
    String acceptLanguage;

    @QueryParam("done")
    String done;

    @QueryParam("error")
    String error;

    String language() {
        return WebText.language(lang, langCookie, acceptLanguage);
    }

    /** Remembers an explicit choice of language for the following pages (null when none was made now). */
    NewCookie languageCookie() {
        if (!WebText.RU.equals(lang) && !WebText.EN.equals(lang)) {
            return null;
        }
        return new NewCookie.Builder("lang").value(lang).path("/").sameSite(NewCookie.SameSite.STRICT)
                .maxAge(365 * 24 * 3600).build();
    }

    String error() {
        return error == null || error.length() <= 500 ? error : error.substring(0, 500);
    }
}
