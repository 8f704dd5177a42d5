package ru.egais.exchange.organization;

import java.util.regex.Pattern;

/** The FSRAR ID rule of EGCommon.xsd (FSRARIDType): digits only, at most 50. */
public final class FsrarIds {

    public static final String RULE = "must be the organization's FSRAR ID: digits only, at most 50 (e.g. 030000123456)";
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,50}");

    private FsrarIds() {
    }

    public static boolean isValid(String fsrarId) {
        return fsrarId != null && DIGITS.matcher(fsrarId).matches();
    }
}
