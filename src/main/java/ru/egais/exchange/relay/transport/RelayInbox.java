package ru.egais.exchange.relay.transport;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** What a transport holds for reading, open for one exchange. */
public interface RelayInbox extends Closeable {

    /** File names (or, for e-mail, the names in exchange message subjects) found. */
    List<String> names() throws IOException;

    byte[] read(String name) throws IOException;

    /**
     * Reads at most {@code maxBytes}; a larger file is {@link RelayFileRefused}. Transports that can learn or bound
     * the size before holding it all override this (this default holds it once, then refuses it).
     */
    default byte[] read(String name, long maxBytes) throws IOException {
        byte[] content = read(name);
        if (content.length > maxBytes) {
            throw RelayFileRefused.tooLarge(name, content.length, maxBytes);
        }
        return content;
    }

    /** Removes every copy of that name; nothing else is touched. */
    void delete(String name) throws IOException;
}
