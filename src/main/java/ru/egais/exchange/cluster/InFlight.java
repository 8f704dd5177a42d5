package ru.egais.exchange.cluster;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The queued messages this instance has claimed and is posting right now: only their claims are kept alive by the
 * heartbeat, so a claim a failed pass forgot still runs out and returns to the queue.
 */
@ApplicationScoped
public class InFlight {

    private final Set<String> messageIds = ConcurrentHashMap.newKeySet();

    public void add(Collection<String> ids) {
        messageIds.addAll(ids);
    }

    public void remove(Collection<String> ids) {
        messageIds.removeAll(ids);
    }

    public List<String> snapshot() {
        return List.copyOf(messageIds);
    }
}
