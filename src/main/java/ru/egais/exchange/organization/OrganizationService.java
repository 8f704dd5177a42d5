package ru.egais.exchange.organization;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CacheResult;
import io.quarkus.cache.CaffeineCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import ru.egais.exchange.common.FieldError;
import ru.egais.exchange.common.NotFound;
import ru.egais.exchange.common.RequestInvalid;
import ru.egais.exchange.common.RequestUnreadable;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** Exchange settings per EGAIS organization, and the record of their last runs. */
@ApplicationScoped
public class OrganizationService {

    /**
     * The looked-up UTM targets ({@code quarkus.cache.caffeine."utm-target".expire-after-write}, 2 s). Every
     * preparation checks its organization, and on the embedded database that read would queue for the single
     * connection; settings change rarely, and a change made here drops the entry when it commits. Another
     * instance's change (a shared PostgreSQL) is seen within the expiry. Measured on the monotonic clock, not the
     * injected one: it bounds staleness in real time, which no test needs to move.
     */
    static final String TARGET_CACHE = "utm-target";

    private final OrganizationRepository organizations;
    private final Clock clock;
    private final jakarta.transaction.TransactionSynchronizationRegistry transactions;
    private final Cache targets;

    public OrganizationService(OrganizationRepository organizations, Clock clock,
                               jakarta.transaction.TransactionSynchronizationRegistry transactions,
                               @CacheName(TARGET_CACHE) Cache targets) {
        this.organizations = organizations;
        this.clock = clock;
        this.transactions = transactions;
        this.targets = targets;
    }

    /** Creates or replaces the settings of one organization (PUT semantics; last runs are kept). */
    @Transactional
    public OrganizationView saveSettings(String fsrarId, OrganizationSettings settings) {
        if (settings == null) {
            throw new RequestUnreadable("a JSON body with the exchange settings is required");
        }
        settings.validate(fsrarId);
        forgetTargetOnCompletion(fsrarId);
        Instant now = Instant.now(clock);
        Organization o = organizations.findById(fsrarId);
        boolean created = o == null;
        if (created) {
            o = new Organization();
            o.fsrarId = fsrarId;
            o.createdAt = now;
        }
        o.name = settings.name();
        if (!settings.normalizedUtmUrl().equals(o.utmUrl)) {
            o.utmKeyFsrarId = null; // another UTM: its key is checked anew
        }
        o.utmUrl = settings.normalizedUtmUrl();
        o.exchangeMode = settings.exchangeModeOrDefault();
        o.pollIntervalSeconds = settings.pollIntervalSecondsOrDefault();
        o.enabled = settings.enabledOrDefault();
        o.updatedAt = now;
        if (created) {
            organizations.persist(o);
        }
        return OrganizationView.of(o);
    }

    @Transactional
    public OrganizationView getSettings(String fsrarId) {
        return Optional.ofNullable(organizations.findById(fsrarId)).map(OrganizationView::of)
                .orElseThrow(() -> new NotFound("no exchange settings for organization " + fsrarId));
    }

    /** Removes an organization's exchange settings; its documents stay (and it is listed as without settings). */
    @Transactional
    public void deleteSettings(String fsrarId) {
        forgetTargetOnCompletion(fsrarId);
        if (!organizations.deleteById(fsrarId)) {
            throw new NotFound("no exchange settings for organization " + fsrarId);
        }
    }

    @Transactional
    public OrganizationList listOrganizations() {
        List<OrganizationView> configured = organizations.listByFsrarId().stream().map(OrganizationView::of).toList();
        return OrganizationList.grouped(configured, organizations.fsrarIdsWithoutSettings());
    }

    /** The settings of the organizations asked for, grouped; those asked for without settings are named apart. */
    @Transactional
    public OrganizationList listOrganizations(List<String> fsrarIds) {
        List<String> asked = fsrarIds.stream().distinct().toList();
        for (int i = 0; i < asked.size(); i++) {
            if (!FsrarIds.isValid(asked.get(i))) {
                throw RequestInvalid.of("fsrarId[" + i + "]", FsrarIds.RULE);
            }
        }
        List<OrganizationView> configured = organizations.listByFsrarId(asked).stream().map(OrganizationView::of)
                .toList();
        List<String> known = configured.stream().map(OrganizationView::fsrarId).toList();
        return OrganizationList.grouped(configured, asked.stream().filter(id -> !known.contains(id)).toList());
    }

    /**
     * Where and how the organization's UTM is exchanged with; empty without settings. A caller asking for an id
     * whose entry another caller is reading waits for that read, but only briefly ({@code lockTimeout}, then it
     * reads for itself): it may be inside a transaction that holds the embedded database's only connection, which
     * the other read is waiting for, and would otherwise stall until the pool's acquisition timeout.
     */
    public Optional<UtmTarget> utmTarget(String fsrarId) {
        // A target already in the cache is taken from Caffeine directly: the interceptor's way to the same entry
        // (Mutiny's await, a context snapshot) was 6-7 % of the group writer's time in PrepareAndQueueBench's
        // profile, paid by every preparation for an answer already in memory.
        CompletableFuture<Optional<UtmTarget>> cached = targets.as(CaffeineCache.class).getIfPresent(fsrarId);
        if (cached != null && cached.isDone() && !cached.isCompletedExceptionally()) {
            return cached.join();
        }
        return lookUpTarget(fsrarId);
    }

    /** The cached lookup itself (ArC intercepts this call from within the bean too). */
    @CacheResult(cacheName = TARGET_CACHE, lockTimeout = 50)
    Optional<UtmTarget> lookUpTarget(String fsrarId) {
        return io.quarkus.narayana.jta.QuarkusTransaction.joiningExisting().call(() ->
                Optional.ofNullable(organizations.findById(fsrarId))
                        .map(o -> new UtmTarget(o.fsrarId, o.utmUrl, o.exchangeMode, o.enabled, o.utmKeyFsrarId)));
    }

    /**
     * Drops the cached target now, so this transaction reads its own change, and again once the change commits (or
     * rolls back), so no lookup that ran meanwhile keeps what was there before.
     */
    private void forgetTargetOnCompletion(String fsrarId) {
        targets.invalidate(fsrarId).await().indefinitely();
        transactions.registerInterposedSynchronization(new jakarta.transaction.Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                targets.invalidate(fsrarId).await().indefinitely();
            }
        });
    }

    /**
     * Records whose key the UTM at {@code utmUrl} holds ({@code keyFsrarId}); a key of another organization stops
     * the exchange with the reason in lastError. Ignored when the settings moved to another UTM meanwhile.
     * Returns whether anything changed.
     */
    @Transactional
    public boolean recordUtmKey(String fsrarId, String utmUrl, String keyFsrarId) {
        Organization o = organizations.findById(fsrarId);
        if (o == null || !o.utmUrl.equals(utmUrl)) {
            return false;
        }
        String foreign = fsrarId.equals(keyFsrarId) ? null : keyFsrarId;
        if (java.util.Objects.equals(foreign, o.utmKeyFsrarId)) {
            return false;
        }
        forgetTargetOnCompletion(fsrarId);
        o.utmKeyFsrarId = foreign;
        o.lastError = foreign == null ? null : UtmTarget.foreignKeyReason(fsrarId, utmUrl, foreign);
        return true;
    }

    /** Organizations whose server-side exchange is due now, for the schedule. */
    @Transactional
    public List<String> fsrarIdsDueForExchange() {
        Instant now = Instant.now(clock);
        return organizations.listByFsrarId().stream().filter(o -> o.isExchangeDue(now)).map(o -> o.fsrarId).toList();
    }

    /** The organizations an operation names, or, when it names none, every one the service exchanges with itself. */
    public List<String> selectForExchange(List<String> fsrarIds) {
        if (fsrarIds == null || fsrarIds.isEmpty()) {
            return fsrarIdsExchangedByServer();
        }
        // Checked here, before any work: a null would fail deep inside as a 500, and an id named twice would
        // run twice in parallel and report itself as "already running".
        List<FieldError> errors = new java.util.ArrayList<>();
        java.util.LinkedHashSet<String> distinct = new java.util.LinkedHashSet<>();
        for (int i = 0; i < fsrarIds.size(); i++) {
            String id = fsrarIds.get(i);
            if (!FsrarIds.isValid(id)) {
                errors.add(new FieldError("fsrarIds[" + i + "]",
                        id == null ? "is null; " + FsrarIds.RULE : FsrarIds.RULE));
            } else {
                distinct.add(id);
            }
        }
        if (!errors.isEmpty()) {
            throw new RequestInvalid("invalid organizations", errors);
        }
        return List.copyOf(distinct);
    }

    /** All organizations the service exchanges with itself (enabled, server mode). */
    @Transactional
    public List<String> fsrarIdsExchangedByServer() {
        return organizations.listByFsrarId().stream()
                .filter(o -> o.enabled && o.exchangeMode == ExchangeMode.SERVER).map(o -> o.fsrarId).toList();
    }

    /** Organizations whose exchange a workstation carries (enabled, workstation mode). */
    @Transactional
    public List<String> fsrarIdsExchangedByWorkstation() {
        return organizations.listByFsrarId().stream()
                .filter(o -> o.enabled && o.exchangeMode == ExchangeMode.WORKSTATION).map(o -> o.fsrarId).toList();
    }

    @Transactional
    public void recordSend(String fsrarId, String error) {
        record(fsrarId, o -> o.lastSendAt = Instant.now(clock), error);
    }

    @Transactional
    public void recordReceive(String fsrarId, String error) {
        record(fsrarId, o -> o.lastReceiveAt = Instant.now(clock), error);
    }

    /** The exchange ran (well or not): the schedule counts the next run from now either way. */
    @Transactional
    public void recordExchange(String fsrarId, String error) {
        Organization o = organizations.findById(fsrarId);
        if (o != null) {
            o.lastExchangeAt = Instant.now(clock);
            o.lastError = error;
        }
    }

    private void record(String fsrarId, java.util.function.Consumer<Organization> stamp, String error) {
        Organization o = organizations.findById(fsrarId);
        if (o != null) {
            if (error == null) {
                stamp.accept(o);
            }
            o.lastError = error;
        }
    }
}
