package ru.egais.exchange.waybill;

import java.math.BigInteger;
import java.util.Comparator;

/**
 * The order in which a waybill's positions are shown: Identity is a string in the schemas, but shippers number
 * positions 1, 2, … 10, so numeric identities sort as numbers (1, 2, 10, not 1, 10, 2) and come before any
 * other identity, which sorts as text.
 */
public final class PositionOrder {

    public static final Comparator<String> IDENTITIES = PositionOrder::compare;

    private PositionOrder() {
    }

    static int compare(String a, String b) {
        boolean na = isNumber(a);
        boolean nb = isNumber(b);
        if (na && nb) {
            int c = new BigInteger(a.strip()).compareTo(new BigInteger(b.strip()));
            return c != 0 ? c : a.compareTo(b);
        }
        if (na != nb) {
            return na ? -1 : 1;
        }
        return a.compareTo(b);
    }

    private static boolean isNumber(String s) {
        String t = s.strip();
        if (t.isEmpty() || t.length() > 40) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if (!Character.isDigit(t.charAt(i)) || t.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
