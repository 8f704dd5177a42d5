package ru.egais.exchange.relay.transport;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** What a transport holds for reading, open for one exchange. */
public interface RelayInbox extends Closeable {

    /** File names (or, for e-mail, the names in exchange message subjects) found. */
    List<String> names() throws IOException;

    byte[] read(String name) throws IOException;

    /** Removes every copy of that name; nothing else is touched. */
    void delete(String name) throws IOException;
}
