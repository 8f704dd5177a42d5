package ru.egais.exchange.egais;

import java.math.BigDecimal;

/**
 * The decimals a document may carry. EGAIS's quantities are xs:decimal without totalDigits, and XML Schema 1.0
 * promises only 18 digits to be held by every processor: more (20 integer digits, {@code 1e400}) would be rounded
 * or refused somewhere after the UTM took the document. Checked before any XML is built, and before a number is
 * ever written out in full ({@code 1e100000000} in plain digits is a hundred megabytes).
 */
public final class SchemaDecimals {

    /** The digits XML Schema 1.0 requires every processor to hold. */
    public static final int MAX_DIGITS = 18;

    private SchemaDecimals() {
    }

    /** Why the value cannot be sent, or null when it can. */
    public static String problem(BigDecimal value) {
        BigDecimal d = value.stripTrailingZeros();
        long integerDigits = Math.max(0L, (long) d.precision() - d.scale());
        long fractionDigits = Math.max(0L, d.scale());
        if (integerDigits + fractionDigits > MAX_DIGITS) {
            return "has more digits than an EGAIS document holds (at most " + MAX_DIGITS + ")";
        }
        return null;
    }
}
