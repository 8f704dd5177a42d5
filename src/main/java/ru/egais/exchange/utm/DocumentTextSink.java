package ru.egais.exchange.utm;

import java.io.OutputStream;

/**
 * Takes a document's bytes as they arrive and passes its text on as UTF-8 while it can tell that text without
 * decoding (see {@link EgaisDocumentReader#textSink}).
 */
public abstract class DocumentTextSink extends OutputStream {

    /**
     * Once closed: the text's length in characters, all of it passed on; or -1 when it was not (another encoding
     * than UTF-8, or a byte not valid in it), and the text must be taken with
     * {@link EgaisDocumentReader#strictTextAsUtf8} from the bytes kept.
     */
    public abstract long characters();
}
