package ru.egais.exchange.web;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The page's language and its texts. The texts are the Qute message bundles {@link PageMessages}, {@link
 * DocumentMessages}, {@link WaybillMessages} and {@link ShopMessages} (Russian, the default) with their {@code
 * messages/<name>_en.properties}; the language comes from {@code ?lang=}, then the {@code lang} cookie, then
 * Accept-Language.
 */
@ApplicationScoped
public class WebText {

    static final String RU = "ru";
    static final String EN = "en";

    private final Map<String, Words> byLanguage;

    public WebText(Engine engine) {
        // A key chosen at run time (a status name) is looked up through each bundle's built-in message(key), the
        // document statuses first as the lists show one per row; a bundle without the key renders nothing (?: '')
        // instead of "NOT_FOUND", so the next one is asked.
        List<Template> lookups = Stream.of("doc", "msg", "wb", "shop")
                .map(bundle -> engine.parse("{" + bundle + ":message(key) ?: ''}"))
                .toList();
        this.byLanguage = Map.of(RU, words(RU, lookups), EN, words(EN, lookups));
    }

    private static Words words(String language, List<Template> lookups) {
        Localized in = Localized.Literal.of(language);
        return new Words(language, MessageBundles.get(PageMessages.class, in),
                MessageBundles.get(DocumentMessages.class, in), MessageBundles.get(WaybillMessages.class, in),
                MessageBundles.get(ShopMessages.class, in), lookups);
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
