package ru.egais.exchange.utm.xml;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which elements repeat among their siblings, so the JSON view writes them as arrays: by parent and child as the
 * official XSDs declare them ({@code egais/element-pairs.txt}, derived by {@link SchemaElementPairs} and kept
 * equal to the schemas by a test). A pair the schemas do not know (a type or version newer or older than ours)
 * falls back to the names EGAIS is known to repeat.
 */
public final class RepeatedElements {

    static final String RESOURCE = "/egais/element-pairs.txt";

    /** Names repeated in EGAIS documents outside the schemas we hold (older formats, vendor additions). */
    private static final Set<String> FALLBACK = Set.of("Position", "StockPosition", "ShopPosition", "NoAnswer", "amc",
            "MarkCode", "boxpos", "Parameter", "Step", "step", "Mark", "InformF2Item", "Item", "Range", "boxtree",
            "boxnum", "bl");
    private static final Set<String> FALLBACK_UNDER = Set.of("Products/Product", "Clients/Client",
            "addresslist/address", "ttnlist/TTN", "Inform2List/Inform2", "FormBList/FormB");

    private static final Map<String, Boolean> PAIRS = load();

    private RepeatedElements() {
    }

    /** Whether {@code child} may occur more than once inside {@code parent}. */
    public static boolean isRepeated(String parent, String child) {
        String pair = parent + "/" + child;
        Boolean known = PAIRS.get(pair);
        if (known != null) {
            return known;
        }
        return FALLBACK.contains(child) || FALLBACK_UNDER.contains(pair);
    }

    /** The pairs as the data file holds them (for the test that compares them with the schemas). */
    static Map<String, Boolean> pairs() {
        return PAIRS;
    }

    private static Map<String, Boolean> load() {
        Map<String, Boolean> pairs = new HashMap<>();
        try (InputStream in = RepeatedElements.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                boolean repeated = l.endsWith(" *");
                pairs.put(repeated ? l.substring(0, l.length() - 2).strip() : l, repeated);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(pairs);
    }
}
