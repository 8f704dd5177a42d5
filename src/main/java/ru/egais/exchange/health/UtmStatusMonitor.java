package ru.egais.exchange.health;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.context.ManagedExecutor;
import ru.egais.exchange.organization.MonitorConfig;
import ru.egais.exchange.organization.OrganizationService;
import ru.egais.exchange.organization.UtmTarget;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The latest state of every server-run organization's UTM, for readiness, the operator's page and metrics. A probe
 * younger than {@code egais.monitor.utm-probe-max-age} is reused, so neither a readiness poll nor a page view calls every UTM
 * each time; UTMs are probed in parallel, so one that hangs delays no other. Refreshed in the background, which
 * also keeps the {@code egais_utm_certificate_days_left} and {@code egais_utm_reachable} gauges current.
 */
@ApplicationScoped
public class UtmStatusMonitor {

    private final OrganizationService organizations;
    private final UtmProbe probe;
    private final ManagedExecutor workers;
    private final Clock clock;
    private final Duration maxAge;
    /**
     * Not a quarkus-cache, which would also share a running probe: a probe made on request ({@link #probeNow})
     * replaces the entry, a changed utmUrl probes at once, and freshness is judged by the injected clock (tests
     * move it) from when the probe was made.
     */
    private final Map<String, UtmStatus> latest = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<UtmStatus>> running = new ConcurrentHashMap<>();
    private final MultiGauge certificateDays;
    private final MultiGauge reachable;

    public UtmStatusMonitor(OrganizationService organizations, UtmProbe probe, ManagedExecutor workers, Clock clock,
                            MeterRegistry metrics,
                            MonitorConfig config) {
        this.organizations = organizations;
        this.probe = probe;
        this.workers = workers;
        this.clock = clock;
        this.maxAge = config.utmProbeMaxAge();
        this.certificateDays = MultiGauge.builder("egais.utm.certificate.days.left")
                .description("Days until the certificate on the organization's UTM key expires").register(metrics);
        this.reachable = MultiGauge.builder("egais.utm.reachable")
                .description("1 when the organization's UTM answered its last probe").register(metrics);
    }

    /** Each server-run organization's UTM, probed now unless a recent enough probe exists. */
    public List<UtmStatus> current() {
        List<CompletableFuture<UtmStatus>> pending = new ArrayList<>();
        for (String fsrarId : organizations.fsrarIdsExchangedByServer()) {
            organizations.utmTarget(fsrarId).ifPresent(target -> pending.add(recentOrProbe(target)));
        }
        List<UtmStatus> statuses = pending.stream().map(CompletableFuture::join).toList();
        publish(statuses);
        return statuses;
    }

    /**
     * One organization's UTM as a health check sees it: the latest probe while it is younger than the max age, else
     * a new one, which callers arriving meanwhile share. However often health is asked, each UTM is called at most
     * once per max age.
     */
    public UtmStatus recent(UtmTarget target) {
        return recentOrProbe(target).join();
    }

    private CompletableFuture<UtmStatus> recentOrProbe(UtmTarget target) {
        UtmStatus known = latest.get(target.fsrarId());
        Instant fresh = Instant.now(clock).minus(maxAge);
        if (known != null && known.probedAt().isAfter(fresh) && known.utmUrl().equals(target.utmUrl())) {
            return CompletableFuture.completedFuture(known);
        }
        // A finished probe is replaced, a running one joined: concurrent callers cause one call to the UTM.
        return running.compute(target.fsrarId(), (id, probing) -> probing != null && !probing.isDone() ? probing
                : workers.supplyAsync(() -> remember(probe.probe(target))));
    }

    @Scheduled(identity = "utm-status", every = "${egais.monitor.utm-probe-interval:60s}", delayed = "15s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        current();
    }

    private UtmStatus remember(UtmStatus status) {
        latest.put(status.fsrarId(), status);
        return status;
    }

    private void publish(List<UtmStatus> statuses) {
        List<MultiGauge.Row<?>> days = new ArrayList<>();
        List<MultiGauge.Row<?>> up = new ArrayList<>();
        for (UtmStatus s : statuses) {
            up.add(MultiGauge.Row.of(Tags.of("fsrarId", s.fsrarId()), s.reachable() ? 1 : 0));
            for (UtmStatus.Certificate c : s.certificates()) {
                if (c.daysLeft() != null) {
                    days.add(MultiGauge.Row.of(Tags.of("fsrarId", s.fsrarId(), "certificate", c.type()), c.daysLeft()));
                }
            }
        }
        certificateDays.register(days, true);
        reachable.register(up, true);
    }
}
