package ru.egais.exchange.web;

import io.quarkus.qute.TemplateExtension;

/**
 * Russian plural forms for the page's messages: {@code {count.plural('документ','документа','документов')}} gives
 * 1 документ, 2 документа, 5 документов, 11 документов, 21 документ, 22 документа.
 */
@TemplateExtension
public final class RussianPlural {

    private RussianPlural() {
    }

    /** The form for n: one (1, 21, 101…), few (2–4, 22–24…) or many (0, 5–20, 25–30, 111–114…). */
    public static String plural(long n, String one, String few, String many) {
        long abs = Math.abs(n);
        long lastTwo = abs % 100;
        long last = abs % 10;
        if (lastTwo >= 11 && lastTwo <= 14) {
            return many;
        }
        if (last == 1) {
            return one;
        }
        return last >= 2 && last <= 4 ? few : many;
    }
}
