package ru.egais.exchange.web;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The page's words in Russian (the default) and English, from {@code web/messages_ru.properties} and
 * {@code web/messages_en.properties} (UTF-8); the language comes from {@code ?lang=}, then the {@code lang} cookie,
 * then Accept-Language.
 */
@ApplicationScoped
public class WebText {

    static final String RU = "ru";
    static final String EN = "en";

    private final Map<String, Map<String, String>> byLanguage = Map.of(RU, load(RU), EN, load(EN));

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

    /** Every word of the page in that language (a missing key shows as itself). */
    Map<String, String> words(String language) {
        return byLanguage.getOrDefault(language, byLanguage.get(RU));
    }

    String word(String language, String key) {
        return words(language).getOrDefault(key, key);
    }

    private static Map<String, String> load(String language) {
        String resource = "web/messages_" + language + ".properties";
        try (InputStream in = WebText.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> words = new TreeMap<>();
            p.stringPropertyNames().forEach(k -> words.put(k, p.getProperty(k)));
            return Map.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
