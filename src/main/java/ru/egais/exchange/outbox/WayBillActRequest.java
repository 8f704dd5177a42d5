package ru.egais.exchange.outbox;

import ru.egais.exchange.egais.OutgoingDocumentTypes;
import ru.egais.exchange.egais.SchemaDecimals;
import ru.egais.exchange.egais.WayBillActV4;
import ru.egais.exchange.utm.EgaisDocumentWriter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Our answer to a supplier's waybill: {@code isAccept} Accepted, Rejected or Differences; with Differences the
 * positions give the real quantity per waybill position and the marks that were not accepted.
 */
public record WayBillActRequest(String type, String fsrarId, String externalId, Boolean immediate, String identity,
                                String isAccept, String actNumber, LocalDate actDate, String wbRegId, String note,
                                List<Position> positions) implements DocumentRequest {

    /** One waybill position with its real quantity; {@code marks} are the excise marks not accepted. */
    public record Position(String identity, String informF2RegId, BigDecimal realQuantity, List<String> marks) {
    }

    private static final Pattern MARK = Pattern.compile("[0-9A-Za-z]{1,255}");

    @Override
    public PreparedXml toXml() {
        RequestChecks checks = RequestChecks.common(fsrarId, externalId);
        WayBillActV4.AcceptType accept = null;
        if (isAccept == null) {
            checks.fail("isAccept", "is required: Accepted, Rejected or Differences");
        } else {
            try {
                accept = WayBillActV4.AcceptType.valueOf(isAccept);
            } catch (IllegalArgumentException e) {
                checks.fail("isAccept", "must be Accepted, Rejected or Differences");
            }
        }
        if (identity != null) {
            checks.requireText("identity", identity, 50);
        }
        checks.requireText("actNumber", actNumber, 50);
        if (actDate == null) {
            checks.fail("actDate", "is required (yyyy-MM-dd)");
        } else if (actDate.getYear() < 1900 || actDate.getYear() > 2100) {
            checks.fail("actDate", "must be between 1900-01-01 and 2100-12-31");
        }
        checks.requireText("wbRegId", wbRegId, 50);
        checks.maxLength("note", note, 500);
        List<Position> given = positions == null ? List.of() : positions;
        if (accept == WayBillActV4.AcceptType.Differences && given.isEmpty()) {
            checks.fail("positions", "are required when isAccept is Differences");
        }
        if (accept != null && accept != WayBillActV4.AcceptType.Differences && !given.isEmpty()) {
            checks.fail("positions", "are given only when isAccept is Differences");
        }
        checkPositions(checks, given);
        checks.throwIfAny(type);

        List<WayBillActV4.Position> content = new ArrayList<>();
        for (Position p : given) {
            content.add(new WayBillActV4.Position(p.identity(), p.informF2RegId(), p.realQuantity(),
                    p.marks() == null ? List.of() : p.marks()));
        }
        WayBillActV4 act = new WayBillActV4(identity, accept, actNumber, actDate, wbRegId, blankToNull(note), content);
        return new PreparedXml(OutgoingDocumentTypes.byApiName(type).orElseThrow(), EgaisDocumentWriter.wayBillAct(fsrarId, act));
    }

    private static void checkPositions(RequestChecks checks, List<Position> given) {
        Set<String> identities = new HashSet<>();
        Set<String> f2 = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            Position p = given.get(i);
            String at = "positions[" + i + "].";
            if (p == null) {
                checks.fail("positions[" + i + "]", "must be an object");
                continue;
            }
            if (checks.requireText(at + "identity", p.identity(), 50) && !identities.add(p.identity())) {
                checks.fail(at + "identity", "repeats another position's identity");
            }
            if (checks.requireText(at + "informF2RegId", p.informF2RegId(), 50) && !f2.add(p.informF2RegId())) {
                checks.fail(at + "informF2RegId", "repeats another position's F2 registration id");
            }
            if (p.realQuantity() == null) {
                checks.fail(at + "realQuantity", "is required");
            } else if (SchemaDecimals.problem(p.realQuantity()) != null) {
                checks.fail(at + "realQuantity", SchemaDecimals.problem(p.realQuantity()));
            } else if (p.realQuantity().signum() < 0) {
                checks.fail(at + "realQuantity", "must not be negative");
            }
            List<String> marks = p.marks() == null ? List.of() : p.marks();
            for (int m = 0; m < marks.size(); m++) {
                checks.matches(at + "marks[" + m + "]", marks.get(m) == null ? "" : marks.get(m), MARK,
                        "must be an excise mark code (letters and digits, at most 255)");
            }
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
