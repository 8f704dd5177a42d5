package ru.egais.exchange.waybill;


import ru.egais.exchange.common.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a Differences act may say about a supplier's waybill: only positions the waybill has (each once), a real
 * quantity from 0 to the quantity shipped, and only marks the waybill carries for that position (the marks of its
 * boxes included, as EGAIS sends them in boxpos / amclist). EGAIS rejects anything else, after the act has left:
 * refusing it here names the position and the mark while the operator still has the goods at hand.
 */
public final class AcceptanceChecks {

    private AcceptanceChecks() {
    }

    public static List<FieldError> check(WaybillView waybill, List<AcceptanceRequest.Difference> differences) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> named = new HashSet<>();
        for (int i = 0; i < differences.size(); i++) {
            AcceptanceRequest.Difference d = differences.get(i);
            String at = "positions[" + i + "]";
            WaybillView.Position p = d == null ? null : waybill.positions().stream()
                    .filter(x -> x.identity().equals(d.identity())).findFirst().orElse(null);
            if (p == null) {
                errors.add(new FieldError(at + ".identity", "is not a position of this waybill"));
                continue;
            }
            if (!named.add(p.identity())) {
                errors.add(new FieldError(at + ".identity", "names position " + p.identity()
                        + " a second time"));
            }
            BigDecimal shipped = quantity(p.quantity());
            if (d.realQuantity() == null) {
                errors.add(new FieldError(at + ".realQuantity", "is required"));
            } else if (d.realQuantity().signum() < 0 || (shipped != null && d.realQuantity().compareTo(shipped) > 0)) {
                errors.add(new FieldError(at + ".realQuantity", "must be from 0 to "
                        + (shipped == null ? "the quantity shipped" : shipped.stripTrailingZeros().toPlainString())
                        + ", the quantity shipped in position " + p.identity()));
            }
            List<String> marks = d.marks() == null ? List.of() : d.marks();
            Set<String> carried = new HashSet<>(p.marks());
            Set<String> seen = new HashSet<>();
            for (int j = 0; j < marks.size(); j++) {
                String mark = marks.get(j);
                if (mark == null || !carried.contains(mark)) {
                    errors.add(new FieldError(at + ".marks[" + j + "]", "mark " + mark
                            + " is not carried by position " + p.identity() + " of this waybill"));
                } else if (!seen.add(mark)) {
                    errors.add(new FieldError(at + ".marks[" + j + "]", "mark " + mark
                            + " is named twice"));
                }
            }
        }
        return errors;
    }

    private static BigDecimal quantity(String text) {
        try {
            return text == null ? null : new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null; // as the supplier wrote it; EGAIS will judge
        }
    }
}
