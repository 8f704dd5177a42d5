package ru.egais.exchange.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import ru.egais.exchange.api.ValidationProblem;
import ru.egais.exchange.organization.OrganizationService;
import ru.egais.exchange.organization.UtmTarget;
import ru.egais.exchange.utm.UtmException;
import ru.egais.exchange.utm.UtmSchemaDownloader;
import ru.egais.exchange.utm.SchemaValidator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
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
    private final Clock clock;
    private final Path cacheRoot;
    private volatile SchemaValidator folderValidator;
    private final Map<String, SchemaValidator> byUtm = new ConcurrentHashMap<>();
    private final Map<String, Instant> unavailableSince = new ConcurrentHashMap<>();

    public SchemaCheck(SchemaCheckConfig config, OrganizationService organizations, UtmSchemaDownloader downloader,
                       Clock clock, @ConfigProperty(name = "egais.data-dir") String dataDir) {
        this.config = config;
        this.organizations = organizations;
        this.downloader = downloader;
        this.clock = clock;
        this.cacheRoot = Path.of(dataDir, "xsd");
    }

    /** Throws a 422 naming the line and the schema message when the document is invalid. */
    public void requireValid(String fsrarId, String xml) {
        if (!config.check()) {
            return;
        }
        validator(fsrarId).flatMap(v -> v.validate(xml)).ifPresent(problem -> {
            throw new ValidationProblem("the document does not match the EGAIS schema",
                    java.util.List.of(new ValidationProblem.FieldError("xml", problem)));
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
            throw new ValidationProblem("the document does not match the EGAIS schema",
                    java.util.List.of(new ValidationProblem.FieldError("xml", problem)));
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
        Instant failed = unavailableSince.get(utmUrl);
        if (failed != null && failed.plus(config.retryAfter()).isAfter(Instant.now(clock))) {
            return Optional.empty();
        }
        Path folder = cacheRoot.resolve(Integer.toHexString(utmUrl.hashCode()));
        try {
            if (!Files.isRegularFile(folder.resolve("WB_DOC_SINGLE_01.xsd")) && !downloader.download(utmUrl, folder)) {
                unavailableSince.put(utmUrl, Instant.now(clock));
                return Optional.empty();
            }
            unavailableSince.remove(utmUrl);
            SchemaValidator validator = SchemaValidator.fromFolder(folder);
            byUtm.put(utmUrl, validator);
            return Optional.of(validator);
        } catch (UtmException | IOException | IllegalArgumentException e) {
            LOG.warnf("No schema check for documents to %s for now: %s", utmUrl, e.getMessage());
            unavailableSince.put(utmUrl, Instant.now(clock));
            return Optional.empty();
        }
    }
}
