package ru.egais.exchange.outbox;

import ru.egais.exchange.common.FieldError;
import ru.egais.exchange.common.RequestInvalid;
import ru.egais.exchange.organization.FsrarIds;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects the field errors of one request, so the caller learns everything wrong at once. */
final class RequestChecks {

    private final List<FieldError> errors = new ArrayList<>();

    static RequestChecks common(String fsrarId, String externalId) {
        RequestChecks checks = new RequestChecks();
        if (!FsrarIds.isValid(fsrarId)) {
            checks.fail("fsrarId", fsrarId == null ? "is required" : FsrarIds.RULE);
        }
        checks.maxLength("externalId", externalId, 255);
        return checks;
    }

    void fail(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    /** Required text with XSD's NoEmptyString rule: not blank, no leading/trailing spaces, at most {@code max}. */
    boolean requireText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            fail(field, "is required");
            return false;
        }
        if (!value.equals(value.strip())) {
            fail(field, "must not start or end with spaces");
            return false;
        }
        return maxLength(field, value, max);
    }

    boolean maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            fail(field, "must be at most " + max + " characters");
            return false;
        }
        return true;
    }

    void matches(String field, String value, Pattern pattern, String rule) {
        if (value != null && !pattern.matcher(value).matches()) {
            fail(field, rule);
        }
    }

    List<FieldError> errors() {
        return List.copyOf(errors);
    }

    void throwIfAny(String what) {
        if (!errors.isEmpty()) {
            throw new RequestInvalid("invalid " + what, List.copyOf(errors));
        }
    }
}
