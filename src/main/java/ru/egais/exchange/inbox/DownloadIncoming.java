package ru.egais.exchange.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import ru.egais.exchange.utm.FetchProgress;
import ru.egais.exchange.utm.UtmGateway;
import ru.egais.exchange.utm.UtmDocumentTooLargeException;
import ru.egais.exchange.utm.UtmException;
import ru.egais.exchange.utm.UtmListEntry;

import java.io.IOException;
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
        // never held in memory.
        Path file = spool.newFile();
        try {
            String bytesHash;
            try (DigestOutputStream out = DeliveryHash.bytesDigest(Files.newOutputStream(file))) {
                utm.download(utmUrl, entry.url(), out, progress);
                bytesHash = DeliveryHash.hex(out);
            }
            return store.store(fsrarId, entry, file, bytesHash);
        } catch (UtmDocumentTooLargeException tooLarge) {
            return store.quarantineUnloaded(fsrarId, entry, tooLarge.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot spool " + entry.url() + ": " + e.getMessage(), e);
        } finally {
            IncomingSpool.delete(file);
        }
    }
}
