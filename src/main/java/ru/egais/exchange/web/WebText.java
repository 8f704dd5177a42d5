package ru.egais.exchange.web;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Locale;
import java.util.Map;

/**
 * The page's language and its texts. The texts are the Qute message bundle {@link PageMessages} (Russian, the
 * default) and {@code messages/msg_en.properties}; the language comes from {@code ?lang=}, then the {@code lang}
 * cookie, then Accept-Language.
 */
@ApplicationScoped
public class WebText {

    static final String RU = "ru";
    static final String EN = "en";

    private final Map<String, Words> byLanguage;

    public WebText(Engine engine) {
        // A key chosen at run time (a status name) is looked up through the bundle's built-in message(key).
        Template lookup = engine.parse("{msg:message(key)}");
        this.byLanguage = Map.of(
                RU, new Words(RU, MessageBundles.get(PageMessages.class, Localized.Literal.of(RU)), lookup),
                EN, new Words(EN, MessageBundles.get(PageMessages.class, Localized.Literal.of(EN)), lookup));
    }

    /** The language asked for: an explicit choice wins, then the browser's first preference between ru and en. */
    static String language(String param, String cookie, String acceptLanguage) {
        for (String choice : new String[]{param, cookie}) {
            if (RU.equals(choice) || EN.equals(choice)) {
                return choice;
            }
        }
        if (acceptLanguage != null) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    String tag = range.getRange().toLowerCase(Locale.ROOT);
                    if (tag.startsWith(RU)) {
                        return RU;
                    }
                    if (tag.startsWith(EN)) {
                        return EN;
                    }
                }
            } catch (IllegalArgumentException malformed) {
                return RU;
            }
        }
        return RU;
    }

    /** The page's texts in that language (Russian for any other). */
    Words words(String language) {
        return byLanguage.getOrDefault(language, byLanguage.get(RU));
    }
}
