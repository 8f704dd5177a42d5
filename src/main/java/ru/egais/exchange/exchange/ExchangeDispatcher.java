package ru.egais.exchange.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;
import ru.egais.exchange.organization.OrganizationService;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hands due organizations to the exchange workers through the in-memory {@code exchange-requests} channel, so the
 * scheduler thread never waits on a UTM and one organization's slow UTM does not hold up another's exchange.
 * An organization already waiting or running is not requested twice.
 */
@ApplicationScoped
public class ExchangeDispatcher {

    static final String CHANNEL = "exchange-requests";
    private static final Logger LOG = Logger.getLogger(ExchangeDispatcher.class);

    private final OrganizationService organizations;
    private final Emitter<String> requests;
    private final Set<String> requested = ConcurrentHashMap.newKeySet();

    public ExchangeDispatcher(OrganizationService organizations,
                              @Channel(CHANNEL) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 10_000)
                              Emitter<String> requests) {
        this.organizations = organizations;
        this.requests = requests;
    }

    /** Requests an exchange for every organization whose interval has passed; returns those requested now. */
    public List<String> dispatchDueExchanges() {
        List<String> due = organizations.fsrarIdsDueForExchange().stream().filter(requested::add).toList();
        for (String fsrarId : due) {
            requests.send(fsrarId).whenComplete((ok, failure) -> {
                if (failure != null) {
                    requested.remove(fsrarId);
                    LOG.warnf(failure, "Exchange request for %s not delivered", fsrarId);
                }
            });
        }
        return due;
    }

    /** Called when a requested exchange has finished (well or not), so the next interval can request it again. */
    void finished(String fsrarId) {
        requested.remove(fsrarId);
    }
}
