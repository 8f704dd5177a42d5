package ru.egais.exchange.utm.spec;

import ru.egais.exchange.egais.SchemaDecimals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/** How a leaf value is checked and written (the simple types of EGCommon.xsd). */
public enum ValueType {
    /** xs:string with EGAIS's NoEmptyString rule when required. */
    TEXT,
    /** c:DateNoTime: yyyy-MM-dd. */
    DATE,
    /** xs:dateTime / c:DateWTime without a zone: yyyy-MM-ddTHH:mm:ss. */
    DATE_TIME,
    /** c:NoNegativeDecimalType. */
    DECIMAL,
    /** c:PositiveDecimalType. */
    POSITIVE_DECIMAL,
    /** Digits only (FSRAR IDs, ИНН). */
    DIGITS;

    /** The canonical text to write, or null with the problem put into {@code problem[0]}. */
    String normalize(String raw, String[] problem) {
        try {
            return switch (this) {
                case TEXT -> raw;
                case DATE -> LocalDate.parse(raw).toString();
                case DATE_TIME -> {
                    LocalDateTime t = LocalDateTime.parse(raw);
                    yield t.withNano(0).toString().length() == 16 ? t.withNano(0) + ":00" : t.withNano(0).toString();
                }
                case DECIMAL, POSITIVE_DECIMAL -> {
                    BigDecimal d = new BigDecimal(raw);
                    String tooLong = SchemaDecimals.problem(d);
                    if (tooLong != null) {
                        problem[0] = tooLong;
                        yield null;
                    }
                    if (d.signum() < 0 || (this == POSITIVE_DECIMAL && d.signum() == 0)) {
                        problem[0] = this == POSITIVE_DECIMAL ? "must be greater than 0" : "must not be negative";
                        yield null;
                    }
                    yield d.stripTrailingZeros().toPlainString();
                }
                case DIGITS -> {
                    if (!raw.matches("[0-9]+")) {
                        problem[0] = "must be digits only";
                        yield null;
                    }
                    yield raw;
                }
            };
        } catch (DateTimeParseException e) {
            problem[0] = this == DATE ? "must be a date yyyy-MM-dd" : "must be a date and time yyyy-MM-ddTHH:mm:ss (no zone)";
            return null;
        } catch (NumberFormatException e) {
            problem[0] = "must be a number";
            return null;
        }
    }
}
