package ru.egais.exchange.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import ru.egais.exchange.utm.DocumentTextSink;
import ru.egais.exchange.utm.EgaisDocumentReader;
import ru.egais.exchange.utm.FetchProgress;
import ru.egais.exchange.utm.UtmGateway;
import ru.egais.exchange.utm.UtmDocumentTooLargeException;
import ru.egais.exchange.utm.UtmException;
import ru.egais.exchange.utm.UtmListEntry;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;

/**
 * Downloads one listed document and stores it raw, within the size limit and its declared encoding (else
 * quarantined): every path that takes documents from UTM goes through here.
 */
@ApplicationScoped
public class DownloadIncoming {

    private final UtmGateway utm;
    private final IncomingStore store;
    private final IncomingSpool spool;

    public DownloadIncoming(UtmGateway utm, IncomingStore store, IncomingSpool spool) {
        this.utm = utm;
        this.store = store;
        this.spool = spool;
    }

    IncomingStore.Stored downloadAndStore(String fsrarId, String utmUrl, UtmListEntry entry) throws UtmException {
        return downloadAndStore(fsrarId, utmUrl, entry, (read, announced) -> { });
    }

    IncomingStore.Stored downloadAndStore(String fsrarId, String utmUrl, UtmListEntry entry,
                                          FetchProgress progress) throws UtmException {
        // Downloaded to a file first: the transaction that stores it never waits on UTM, and a 50 MB reply is
        // never held in memory. Deflated, hashed and (when UTF-8) its text checked and hashed as it arrives, so
        // that work runs while the next bytes are on their way and the transaction only copies the pieces.
        Path file = spool.newFile();
        try {
            String bytesHash;
            DeliveryHash.OfUtf8Text textHash = new DeliveryHash.OfUtf8Text(entry.replyId());
            DocumentTextSink text = EgaisDocumentReader.textSink(textHash);
            OutputStream deflated = IncomingBodies.deflating(new BufferedOutputStream(Files.newOutputStream(file),
                    64 * 1024));
            try (DigestOutputStream out = DeliveryHash.bytesDigest(new Both(deflated, text))) {
                utm.download(utmUrl, entry.url(), out, progress);
                bytesHash = DeliveryHash.hex(out);
            }
            IncomingStore.DeliveryText told = text.characters() < 0 ? null
                    : new IncomingStore.DeliveryText(textHash.hash(), text.characters());
            return store.store(fsrarId, entry, new IncomingStore.Spooled(file, bytesHash, told));
        } catch (UtmDocumentTooLargeException tooLarge) {
            return store.quarantineUnloaded(fsrarId, entry, tooLarge.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot spool " + entry.url() + ": " + e.getMessage(), e);
        } finally {
            IncomingSpool.delete(file);
        }
    }

    /** Writes to two streams; closes both. */
    static final class Both extends OutputStream {
        private final OutputStream first;
        private final OutputStream second;

        Both(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            first.write(b, off, len);
            second.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            try {
                first.close();
            } finally {
                second.close();
            }
        }
    }
}
