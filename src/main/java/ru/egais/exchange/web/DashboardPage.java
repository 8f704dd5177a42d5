package ru.egais.exchange.web;

import jakarta.enterprise.context.ApplicationScoped;
import ru.egais.exchange.common.RunningOperations;
import ru.egais.exchange.document.DocumentStatus;
import ru.egais.exchange.document.StatusCounts;
import ru.egais.exchange.health.UtmStatus;
import ru.egais.exchange.health.UtmStatusMonitor;
import ru.egais.exchange.inbox.IncomingQueries;
import ru.egais.exchange.inbox.IncomingStatus;
import ru.egais.exchange.organization.OrganizationService;
import ru.egais.exchange.organization.OrganizationView;
import ru.egais.exchange.outbox.DocumentService;
import ru.egais.exchange.outbox.QueueDepths;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Gathers the overview page from the existing services: organizations and UTMs, queues, statuses, documents. */
@ApplicationScoped
public class DashboardPage {

    private static final int LIST_SIZE = 50;

    private final OrganizationService organizations;
    private final UtmStatusMonitor utms;
    private final QueueDepths queues;
    private final StatusCounts statusCounts;
    private final DocumentService documents;
    private final IncomingQueries incoming;
    private final RunningOperations operations;
    private final WaybillPage waybills;

    public DashboardPage(OrganizationService organizations, UtmStatusMonitor utms, QueueDepths queues,
                         StatusCounts statusCounts, DocumentService documents, IncomingQueries incoming,
                         RunningOperations operations, WaybillPage waybills) {
        this.waybills = waybills;
        this.organizations = organizations;
        this.utms = utms;
        this.queues = queues;
        this.statusCounts = statusCounts;
        this.documents = documents;
        this.incoming = incoming;
        this.operations = operations;
    }

    /** The page's data for a search text (may be blank) and filters (null: all). */
    Map<String, Object> data(Words t, String query, String fsrarId, DocumentStatus status) {
        Map<String, Object> data = new LinkedHashMap<>();
        // Operations first: probing the UTMs below may take a while, and the page shows them as they were when asked.
        data.put("refresh", operations.anyRunning());
        data.put("operations", operations.list().stream()
                .map(v -> Rows.Operation.of(v, t)).toList());
        // The store's daily answers: what EGAIS waits for from us, first on the page when there is any.
        data.put("waybillsWaiting", waybills.waiting(t));
        data.put("repealAsked", waybills.repealAsked(t));
        data.put("differencesWaiting", waybills.differencesWaiting(t));
        data.put("organizations", organizationRows(t));
        data.put("statuses", Arrays.stream(DocumentStatus.values()).map(s -> new Rows.Cell(s.name(), 0)).toList());
        data.put("statusCounts", statusRows());
        boolean searching = query != null && !query.isBlank();
        data.put("searching", searching);
        data.put("documents", (searching ? documents.searchDocuments(query, LIST_SIZE)
                : documents.listDocuments(blankToNull(fsrarId), status, 0, LIST_SIZE))
                .stream().map(d -> Rows.Document.of(d, t)).toList());
        data.put("inDoubt", documents.listInDoubtDocuments(null, LIST_SIZE).stream()
                .map(d -> Rows.Document.of(d, t)).toList());
        data.put("overdue", documents.listOverdueDocuments(null, LIST_SIZE).stream()
                .map(d -> Rows.Document.of(d, t)).toList());
        data.put("incoming", incoming.listIncoming(null, null, 0, 20).stream()
                .map(i -> Rows.Incoming.of(i, t)).toList());
        List<Rows.Incoming> problems = new ArrayList<>();
        for (IncomingStatus s : List.of(IncomingStatus.UNKNOWN, IncomingStatus.FAILED, IncomingStatus.QUARANTINED)) {
            incoming.listIncoming(null, s, 0, LIST_SIZE).forEach(i -> problems.add(Rows.Incoming.of(i, t)));
        }
        data.put("incomingProblems", problems);
        return data;
    }

    private List<Rows.Organization> organizationRows(Words t) {
        Map<String, UtmStatus> probed = utms.current().stream()
                .collect(Collectors.toMap(UtmStatus::fsrarId, Function.identity()));
        Map<String, QueueDepths.Depth> depths = queues.list().stream()
                .collect(Collectors.toMap(QueueDepths.Depth::fsrarId, Function.identity()));
        List<Rows.Organization> rows = new ArrayList<>();
        for (OrganizationView o : organizations.listOrganizations().organizations()) {
            UtmStatus u = probed.get(o.fsrarId());
            QueueDepths.Depth q = depths.getOrDefault(o.fsrarId(), new QueueDepths.Depth(o.fsrarId(), 0, null));
            String utmText = u == null ? t.get("mode_" + o.exchangeMode()) + (o.enabled() ? "" : ", " + t.get("off"))
                    : u.reachable() ? t.get("reachable") + ", " + t.get("version") + " " + u.version()
                    : t.get("unreachable");
            rows.add(new Rows.Organization(o.fsrarId(), o.name(), o.exchangeMode().name(), o.utmUrl(), u != null,
                    u != null && u.reachable(), utmText, u == null || u.reachable() ? null : u.error(), certificate(t, u == null ? null : u.rsa()),
                    certificate(t, u == null ? null : u.gost()), q.waiting(), t.time(q.oldestQueuedAt()),
                    t.time(o.lastExchangeAt()), o.lastError(), warnings(t, u)));
        }
        return rows;
    }

    /** What needs a person about this UTM's key, in the page's language (unreachability is shown already). */
    private static List<String> warnings(Words t, UtmStatus u) {
        List<String> warnings = new ArrayList<>();
        if (u == null || !u.reachable()) {
            return warnings;
        }
        if (!u.keyMatches()) {
            warnings.add(t.get("keyNotThisOrganization"));
        }
        for (UtmStatus.Certificate c : u.certificates()) {
            if (c.state() == UtmStatus.CertificateState.EXPIRING) {
                warnings.add(t.m().certificateExpiresIn(String.valueOf(c.type()), c.daysLeft(),
                        t.date(String.valueOf(c.expiresAt().toLocalDate()))));
            } else if (c.state() == UtmStatus.CertificateState.EXPIRED) {
                warnings.add(t.m().certificateExpired(String.valueOf(c.type())));
            }
        }
        return warnings;
    }

    private static Rows.Certificate certificate(Words t, UtmStatus.Certificate c) {
        if (c == null) {
            return new Rows.Certificate("", "unknown");
        }
        return switch (c.state()) {
            case UNKNOWN -> new Rows.Certificate(t.get("unknown"), "unknown");
            case EXPIRED -> new Rows.Certificate(t.get("expired") + (c.expiresAt() == null ? ""
                    : " " + t.date(String.valueOf(c.expiresAt().toLocalDate()))), "bad");
            case EXPIRING -> new Rows.Certificate(t.date(String.valueOf(c.expiresAt().toLocalDate())) + " (" + c.daysLeft() + " "
                    + t.get("daysLeft") + ")", "warn");
            case VALID -> new Rows.Certificate(t.date(String.valueOf(c.expiresAt().toLocalDate())) + " (" + c.daysLeft() + " "
                    + t.get("daysLeft") + ")", "ok");
        };
    }

    private List<Rows.StatusCounts> statusRows() {
        Map<String, Map<DocumentStatus, Long>> byOrg = new LinkedHashMap<>();
        for (StatusCounts.Count c : statusCounts.list()) {
            byOrg.computeIfAbsent(c.fsrarId(), k -> new LinkedHashMap<>()).put(c.status(), c.documents());
        }
        List<Rows.StatusCounts> rows = new ArrayList<>();
        byOrg.forEach((org, counts) -> rows.add(new Rows.StatusCounts(org, Arrays.stream(DocumentStatus.values())
                .map(s -> new Rows.Cell(s.name(), counts.getOrDefault(s, 0L))).toList())));
        return rows;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
