package ru.egais.exchange.relay;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of exchange files: {@code Message_<exchange>_<from>_<to>_<number>.xml} (1C's Message_from_to.xml with the
 * exchange and the number, so that the newest of several can be picked without opening them) and the flag a node
 * leaves to ask its peer for an upload, {@code Request_<exchange>_<from>_<to>.flag}. Codes are letters, digits
 * and '-', so '_' always separates.
 */
public final class RelayFileName {

    /** What node codes and exchange names may contain. */
    public static final Pattern CODE = Pattern.compile("[A-Za-z0-9-]{1,50}");
    private static final Pattern MESSAGE =
            Pattern.compile("Message_([A-Za-z0-9-]+)_([A-Za-z0-9-]+)_([A-Za-z0-9-]+)_([0-9]{1,18})\\.xml");

    /**
     * A parsed message file name; {@code name} is the file's own (another program may zero-pad the number,
     * {@code _0005.xml}: it is read and deleted under that name, never a name rebuilt from the number).
     */
    public record Parsed(String exchange, String from, String to, long number, String name) {

        public Parsed(String exchange, String from, String to, long number) {
            this(exchange, from, to, number, message(exchange, from, to, number));
        }
    }

    private RelayFileName() {
    }

    public static String message(String exchange, String from, String to, long number) {
        return "Message_" + exchange + "_" + from + "_" + to + "_" + number + ".xml";
    }

    public static String uploadRequest(String exchange, String from, String to) {
        return "Request_" + exchange + "_" + from + "_" + to + ".flag";
    }

    /** The parts of a message file name; empty for anything else (other files, personal mail). */
    public static Optional<Parsed> parse(String name) {
        Matcher m = MESSAGE.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Parsed(m.group(1), m.group(2), m.group(3), Long.parseLong(m.group(4)), name));
    }
}
