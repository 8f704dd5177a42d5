package ru.egais.exchange.web;

import io.quarkus.qute.Template;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The page's texts in one language for Java code: the typed bundles ({@link #m}, {@link #documents}, {@link
 * #waybills}, {@link #shop}) for texts with parameters, a key looked up by name for words chosen at run time (a
 * status, a state), and numbers and times in that language's form (Russian: 1 234,5 and 01.12.2026 10:15:00).
 */
public final class Words {

    private final String language;
    private final Locale locale;
    private final PageMessages messages;
    private final DocumentMessages documents;
    private final WaybillMessages waybills;
    private final ShopMessages shop;
    private final List<Template> lookups;
    private final DateTimeFormatter time;
    private final DateTimeFormatter date;

    Words(String language, PageMessages messages, DocumentMessages documents, WaybillMessages waybills,
          ShopMessages shop, List<Template> lookups) {
        this.language = language;
        this.locale = Locale.forLanguageTag(language);
        this.messages = messages;
        this.documents = documents;
        this.waybills = waybills;
        this.shop = shop;
        this.lookups = lookups;
        boolean ru = WebText.RU.equals(language);
        this.time = DateTimeFormatter.ofPattern(ru ? "dd.MM.yyyy HH:mm:ss" : "yyyy-MM-dd HH:mm:ss")
                .withZone(ZoneId.systemDefault());
        this.date = DateTimeFormatter.ofPattern(ru ? "dd.MM.yyyy" : "yyyy-MM-dd");
    }

    public String language() {
        return language;
    }

    public Locale locale() {
        return locale;
    }

    /** The frame's, the overview's and the common messages in this language. */
    public PageMessages m() {
        return messages;
    }

    /** The messages of the document, incoming and in-doubt pages in this language. */
    public DocumentMessages documents() {
        return documents;
    }

    /** The messages of the waybill pages and their forms in this language. */
    public WaybillMessages waybills() {
        return waybills;
    }

    /** The messages of the cheque and stock pages in this language. */
    public ShopMessages shop() {
        return shop;
    }

    /**
     * The message named {@code key} in whichever bundle holds it (a key is in one bundle only); the key itself when
     * there is none (an unknown status shows as its code).
     */
    public String get(String key) {
        for (Template lookup : lookups) {
            try {
                Object text = lookup.instance().data("key", key).setLocale(locale).render();
                if (text != null && !text.toString().isEmpty()) {
                    return text.toString();
                }
            } catch (RuntimeException notInThisBundle) {
                // try the next bundle
            }
        }
        return key;
    }

    public String time(Instant at) {
        return at == null ? "" : time.format(at);
    }

    /** A date EGAIS wrote (ISO, possibly with a time) in this language's form; as written when it is not one. */
    public String date(String iso) {
        if (iso == null || iso.length() < 10) {
            return iso == null ? "" : iso;
        }
        try {
            return date.format(java.time.LocalDate.parse(iso.substring(0, 10))) + iso.substring(10).replace('T', ' ');
        } catch (java.time.format.DateTimeParseException notADate) {
            return iso;
        }
    }

    /** A quantity or sum as this language writes it: a space between thousands and a comma in Russian. */
    public String number(BigDecimal n) {
        if (n == null) {
            return "";
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        if (WebText.RU.equals(language)) {
            symbols.setGroupingSeparator('\u00a0');
            symbols.setDecimalSeparator(',');
        }
        DecimalFormat format = new DecimalFormat("#,##0.###", symbols);
        return format.format(n);
    }

    /** A sum of money: always two decimals. */
    public String money(BigDecimal n) {
        if (n == null) {
            return "";
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        if (WebText.RU.equals(language)) {
            symbols.setGroupingSeparator('\u00a0');
            symbols.setDecimalSeparator(',');
        }
        return new DecimalFormat("#,##0.00", symbols).format(n);
    }

    /** A number as the supplier wrote it (e.g. "12.0000"), in this language's form; as written if not a number. */
    public String number(String written) {
        if (written == null) {
            return "";
        }
        try {
            return number(new BigDecimal(written.strip()));
        } catch (NumberFormatException notANumber) {
            return written;
        }
    }
}
