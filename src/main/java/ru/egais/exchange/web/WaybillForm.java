package ru.egais.exchange.web;

import jakarta.ws.rs.core.MultivaluedMap;
import ru.egais.exchange.common.FieldError;
import ru.egais.exchange.waybill.AcceptanceRequest;
import ru.egais.exchange.waybill.WaybillView;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The differences form of a waybill's page: per position ({@code id<i>} its identity, {@code quantity<i>} what really
 * arrived, {@code missing<i>} the marks not received, one per line or separated by spaces, as a scanner pastes
 * them) → the same {@link AcceptanceRequest} the API takes. A position left blank arrived as shipped; marks without
 * a quantity mean the shipped quantity less those marks. What the service refuses comes back by field
 * ({@code positions[2].marks[0]}) and is put, in the page's language, under the position it is about.
 */
final class WaybillForm {

    private static final Pattern FIELD = Pattern.compile("positions\\[(\\d+)]\\.(identity|realQuantity|marks)(?:\\[(\\d+)])?");
    private static final Pattern MARK_SEPARATORS = Pattern.compile("[\\s,;]+");

    /** What was typed, by position identity, to show it again with the errors. */
    final Map<String, String> quantities = new LinkedHashMap<>();
    final Map<String, String> missing = new LinkedHashMap<>();
    /** The page's words for what is wrong, by position identity. */
    final Map<String, List<FieldText>> errors = new LinkedHashMap<>();
    /** Errors about the whole form. */
    final List<String> general = new ArrayList<>();

    /** One error under a position: the page's words and the value they are about (a mark), shown as a code. */
    @io.quarkus.qute.TemplateData
    record FieldText(String text, String value) {
    }

    private final List<AcceptanceRequest.Difference> differences = new ArrayList<>();
    private final Words t;

    private WaybillForm(Words t) {
        this.t = t;
    }

    static WaybillForm empty(Words t) {
        return new WaybillForm(t);
    }

    /** Reads the differences typed for the waybill's positions; typing errors are noted, not thrown. */
    static WaybillForm read(Words t, WaybillView w, MultivaluedMap<String, String> form) {
        WaybillForm f = new WaybillForm(t);
        for (int i = 0; i < 10_000; i++) {
            String identity = form.getFirst("id" + i);
            if (identity == null) {
                break;
            }
            String quantity = strip(form.getFirst("quantity" + i));
            String marksText = strip(form.getFirst("missing" + i));
            f.quantities.put(identity, quantity);
            f.missing.put(identity, marksText);
            if (quantity.isEmpty() && marksText.isEmpty()) {
                continue;
            }
            List<String> marks = marksText.isEmpty() ? List.of() : List.of(MARK_SEPARATORS.split(marksText));
            BigDecimal real;
            if (!quantity.isEmpty()) {
                try {
                    real = new BigDecimal(quantity.replace(',', '.').replace("\u00a0", "").replace(" ", ""));
                } catch (NumberFormatException notANumber) {
                    f.error(identity, t.waybills().err_realQuantityNumber());
                    continue;
                }
            } else {
                real = shippedLess(w, identity, marks.size());
            }
            f.differences.add(new AcceptanceRequest.Difference(identity, real, marks));
        }
        if (f.differences.isEmpty() && f.errors.isEmpty()) {
            f.general.add(t.waybills().err_noDifferences());
        }
        return f;
    }

    boolean hasErrors() {
        return !errors.isEmpty() || !general.isEmpty();
    }

    List<AcceptanceRequest.Difference> differences() {
        return differences;
    }

    /** Puts the service's field errors under their positions, in the page's language. */
    void refused(WaybillView w, List<FieldError> fieldErrors) {
        for (FieldError e : fieldErrors == null ? List.<FieldError>of() : fieldErrors) {
            Matcher m = FIELD.matcher(e.field());
            int index = m.matches() ? Integer.parseInt(m.group(1)) : -1;
            if (index < 0 || index >= differences.size()) {
                general.add(t.m().err_invalid() + " (" + e.field() + ")");
                continue;
            }
            AcceptanceRequest.Difference d = differences.get(index);
            switch (m.group(2)) {
                case "identity" -> error(d.identity(), t.waybills().err_identity());
                case "realQuantity" -> error(d.identity(), d.realQuantity() == null ? t.waybills().err_realQuantityRequired()
                        : t.waybills().err_realQuantity(t.number(shipped(w, d.identity()))));
                default -> {
                    int j = m.group(3) == null ? -1 : Integer.parseInt(m.group(3));
                    String mark = j >= 0 && j < d.marks().size() ? d.marks().get(j) : "";
                    errors.computeIfAbsent(d.identity(), k -> new ArrayList<>()).add(new FieldText(t.waybills().err_marks(), mark));
                }
            }
        }
        if (!hasErrors()) {
            general.add(t.m().err_invalid());
        }
    }

    private void error(String identity, String text) {
        errors.computeIfAbsent(identity, k -> new ArrayList<>()).add(new FieldText(text, null));
    }

    private static String shipped(WaybillView w, String identity) {
        return w.positions().stream().filter(p -> p.identity().equals(identity)).map(WaybillView.Position::quantity)
                .findFirst().orElse(null);
    }

    /** The shipped quantity less the marks not received (null when the shipped quantity is not a number). */
    private static BigDecimal shippedLess(WaybillView w, String identity, int marks) {
        try {
            String shipped = shipped(w, identity);
            return shipped == null ? null : new BigDecimal(shipped.strip()).subtract(BigDecimal.valueOf(marks));
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
