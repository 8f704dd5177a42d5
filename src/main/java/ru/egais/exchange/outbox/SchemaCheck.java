package ru.egais.exchange.outbox;

import io.smallrye.faulttolerance.api.Guard;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;
import ru.egais.exchange.common.FieldError;
import ru.egais.exchange.common.RequestInvalid;
import ru.egais.exchange.organization.OrganizationService;
import ru.egais.exchange.organization.UtmTarget;
import ru.egais.exchange.utm.UtmException;
import ru.egais.exchange.utm.UtmSchemaDownloader;
import ru.egais.exchange.utm.SchemaValidator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks an outgoing document against the official schemas before it is queued, so a document UTM would refuse
 * is refused here with the line and the schema's message. Schemas come from a configured folder, or from the
 * organization's UTM (downloaded once into the data directory). Without schemas the check is skipped: a UTM that
 * is down must not stop documents from being queued.
 */
@ApplicationScoped
public class SchemaCheck {

    private static final Logger LOG = Logger.getLogger(SchemaCheck.class);

    private final SchemaCheckConfig config;
    private final OrganizationService organizations;
    private final UtmSchemaDownloader downloader;
    private final Path cacheRoot;
    private volatile SchemaValidator folderValidator;
    private final Map<String, SchemaValidator> byUtm = new ConcurrentHashMap<>();
    /**
     * One circuit breaker per UTM (SmallRye Fault Tolerance): a UTM that could not give its schemas is not asked
     * again for {@code egais.schemas.retry-after}, so neither a document nor the background fetch a cashier's
     * cheque starts waits on it meanwhile; after that one call tries again. Not {@code @CircuitBreaker} on a
     * method: that is one breaker for every UTM, and one store's UTM being down would stop the schema check for all
     * the others. Its delay runs on the monotonic clock, not the injected one.
     */
    private final Map<String, Guard> breakers = new ConcurrentHashMap<>();

    public SchemaCheck(SchemaCheckConfig config, OrganizationService organizations, UtmSchemaDownloader downloader,
                       @ConfigProperty(name = "egais.data-dir") String dataDir) {
        this.config = config;
        this.organizations = organizations;
        this.downloader = downloader;
        this.cacheRoot = Path.of(dataDir, "xsd");
    }

    /** Throws a 422 naming the line and the schema message when the document is invalid. */
    public void requireValid(String fsrarId, String xml) {
        if (!config.check()) {
            return;
        }
        validator(fsrarId).flatMap(v -> v.validate(xml)).ifPresent(problem -> {
            throw new RequestInvalid("the document does not match the EGAIS schema",
                    java.util.List.of(new FieldError("xml", problem)));
        });
    }

    /**
     * As {@link #requireValid}, for a caller who cannot wait (a cashier): checks with the schemas at hand and never
     * downloads them from the UTM on this thread, which a slow UTM would stretch past the caller's bound; a missing
     * UTM schema set is fetched in the background for the next call. Unchecked here, the UTM still checks itself.
     */
    public void requireValidWithoutWaiting(String fsrarId, String xml) {
        if (!config.check()) {
            return;
        }
        Optional<SchemaValidator> atHand;
        if (config.folder().isPresent()) {
            atHand = validator(fsrarId);
        } else {
            Optional<UtmTarget> target = config.fromUtm()
                    ? organizations.utmTarget(fsrarId).filter(UtmTarget::reachableByService) : Optional.empty();
            atHand = target.map(t -> byUtm.get(t.utmUrl()));
            if (target.isPresent() && atHand.isEmpty()) {
                String utmUrl = target.get().utmUrl();
                java.util.concurrent.CompletableFuture.runAsync(() -> fromUtm(utmUrl));
            }
        }
        atHand.flatMap(v -> v.validate(xml)).ifPresent(problem -> {
            throw new RequestInvalid("the document does not match the EGAIS schema",
                    java.util.List.of(new FieldError("xml", problem)));
        });
    }

    private Optional<SchemaValidator> validator(String fsrarId) {
        if (config.folder().isPresent()) {
            if (folderValidator == null) {
                folderValidator = SchemaValidator.fromFolder(config.folder().get());
            }
            return Optional.of(folderValidator);
        }
        if (!config.fromUtm()) {
            return Optional.empty();
        }
        Optional<UtmTarget> target = organizations.utmTarget(fsrarId).filter(UtmTarget::reachableByService);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        SchemaValidator known = byUtm.get(target.get().utmUrl());
        if (known != null) {
            return Optional.of(known);
        }
        // Downloaded outside the map (computeIfAbsent must not hold its lock through network calls); fromUtm is
        // synchronized so two first requests do not write the same folder at once.
        return fromUtm(target.get().utmUrl());
    }

    private synchronized Optional<SchemaValidator> fromUtm(String utmUrl) {
        SchemaValidator known = byUtm.get(utmUrl);
        if (known != null) {
            return Optional.of(known); // another request loaded it while this one waited
        }
        try {
            SchemaValidator validator = breaker(utmUrl).call(() -> load(utmUrl), SchemaValidator.class);
            byUtm.put(utmUrl, validator);
            return Optional.of(validator);
        } catch (CircuitBreakerOpenException failedLately) {
            return Optional.empty();
        } catch (Exception e) {
            LOG.warnf("No schema check for documents to %s for now: %s", utmUrl, e.getMessage());
            return Optional.empty();
        }
    }

    /** The UTM's schemas from the data directory, downloaded first if they are not there. */
    private SchemaValidator load(String utmUrl) throws UtmException, IOException {
        Path folder = cacheRoot.resolve(Integer.toHexString(utmUrl.hashCode()));
        if (!Files.isRegularFile(folder.resolve("WB_DOC_SINGLE_01.xsd")) && !downloader.download(utmUrl, folder)) {
            throw new IOException("the UTM publishes no schemas under /info/xsd or /info");
        }
        return SchemaValidator.fromFolder(folder);
    }

    private Guard breaker(String utmUrl) {
        // One failure opens it (the window is one call); one success after the delay closes it.
        return breakers.computeIfAbsent(utmUrl, url -> Guard.create().withDescription("schemas of " + url)
                .withCircuitBreaker().requestVolumeThreshold(1).failureRatio(1).successThreshold(1)
                .delay(config.retryAfter().toMillis(), ChronoUnit.MILLIS).done().build());
    }
}
