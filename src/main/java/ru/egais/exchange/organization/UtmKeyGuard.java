package ru.egais.exchange.organization;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import ru.egais.exchange.utm.UtmGateway;
import ru.egais.exchange.utm.UtmException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Whether an organization's UTM holds the organization's own key. A typo in {@code utmUrl} can point it at another
 * store's UTM: loading from there would take that store's waybills under the wrong organization and delete them
 * from its UTM. So before anything is loaded the key is read ({@code /diagnosis} CN, else {@code /api/info/list}
 * ownerId) at most every {@code egais.monitor.utm-probe-max-age}; another organization's key stops the exchange
 * (see {@link UtmTarget#reachableByService()}) until the settings or the key are corrected, and is shown in
 * lastError, the API, readiness, the operator's page and {@code egais_utm_foreign_key{fsrarId}}. A UTM that cannot
 * be asked keeps the last verdict.
 */
@ApplicationScoped
public class UtmKeyGuard {

    private static final Logger LOG = Logger.getLogger(UtmKeyGuard.class);

    private record Checked(String utmUrl, Instant at) {
    }

    private final OrganizationService organizations;
    private final UtmGateway utm;
    private final Clock clock;
    private final Duration maxAge;
    private final MeterRegistry metrics;
    /**
     * When each key was last read. Not a quarkus-cache: nothing is cached here (the verdict lives in the database),
     * only when to ask again, by the injected clock so a test can move it; and a changed utmUrl asks at once.
     */
    private final Map<String, Checked> checked = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> foreign = new ConcurrentHashMap<>();

    public UtmKeyGuard(OrganizationService organizations, UtmGateway utm, Clock clock, MeterRegistry metrics,
                       MonitorConfig config) {
        this.organizations = organizations;
        this.utm = utm;
        this.clock = clock;
        this.maxAge = config.utmProbeMaxAge();
        this.metrics = metrics;
    }

    /** Checks the key unless checked lately; returns why the exchange is stopped, if it is. */
    public Optional<String> verify(String fsrarId) {
        Optional<UtmTarget> target = organizations.utmTarget(fsrarId);
        if (target.isEmpty() || !target.get().enabled() || target.get().mode() != ExchangeMode.SERVER) {
            return Optional.empty();
        }
        Checked last = checked.get(fsrarId);
        Instant now = Instant.now(clock);
        if (last == null || !last.utmUrl().equals(target.get().utmUrl()) || last.at().plus(maxAge).isBefore(now)) {
            return checkNow(fsrarId);
        }
        return target.filter(t -> t.foreignKeyFsrarId() != null)
                .map(t -> UtmTarget.foreignKeyReason(fsrarId, t.utmUrl(), t.foreignKeyFsrarId()));
    }

    /** Asks the UTM now whose key it holds, records the verdict, and returns why the exchange is stopped, if it is. */
    public Optional<String> checkNow(String fsrarId) {
        Optional<UtmTarget> found = organizations.utmTarget(fsrarId);
        if (found.isEmpty() || found.get().mode() != ExchangeMode.SERVER) {
            return Optional.empty();
        }
        UtmTarget target = found.get();
        try {
            Optional<String> owner = utm.keyOwner(target.utmUrl());
            checked.put(fsrarId, new Checked(target.utmUrl(), Instant.now(clock)));
            if (owner.isPresent() && organizations.recordUtmKey(fsrarId, target.utmUrl(), owner.get())) {
                if (!owner.get().equals(fsrarId)) {
                    LOG.errorf("%s", UtmTarget.foreignKeyReason(fsrarId, target.utmUrl(), owner.get()));
                } else {
                    LOG.infof("The UTM at %s holds the key of %s again: exchange resumed", target.utmUrl(), fsrarId);
                }
            }
            gauge(fsrarId).set(owner.isPresent() && !owner.get().equals(fsrarId) ? 1
                    : owner.isEmpty() && target.foreignKeyFsrarId() != null ? 1 : 0);
        } catch (UtmException e) {
            // Not reachable now: the last verdict stands, and the exchange will find the UTM down anyway.
            LOG.debugf("Key of %s not checked: %s", fsrarId, e.getMessage());
        }
        return organizations.utmTarget(fsrarId).filter(t -> t.foreignKeyFsrarId() != null)
                .map(t -> UtmTarget.foreignKeyReason(fsrarId, t.utmUrl(), t.foreignKeyFsrarId()));
    }

    private AtomicInteger gauge(String fsrarId) {
        return foreign.computeIfAbsent(fsrarId, id -> {
            AtomicInteger value = new AtomicInteger();
            Gauge.builder("egais.utm.foreign.key", value, AtomicInteger::get)
                    .description("1 while the organization's UTM holds another organization's key (exchange stopped)")
                    .tag("fsrarId", id).register(metrics);
            return value;
        });
    }
}
