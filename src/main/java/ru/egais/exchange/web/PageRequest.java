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

    /** The outcome of the last action: a message key (err_…) when the page knows the failure, else its text. */
    @QueryParam("error")
    String error;

    /** What the service said about the failure, shown as a detail next to the page's own words. */
    @QueryParam("detail")
    String detail;

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

    /** The message for {@code done}; null for a key the page does not know (never echoes the query). */
    String doneText(Words t) {
        return known(t, done);
    }

    /** The failure in the page's language: a known key's message, else the text as given (shortened). */
    String errorText(Words t) {
        String word = known(t, error);
        return word != null ? word : shortened(error);
    }

    String errorDetail() {
        return shortened(detail);
    }

    private static String known(Words t, String key) {
        if (key == null || key.isBlank() || key.length() > 64) {
            return null;
        }
        String word = t.get(key);
        return word.equals(key) ? null : word;
    }

    private static String shortened(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 500);
    }
}
