package ru.egais.exchange.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * This running instance: its id (what it writes as the holder of claims and leases), how long a lease holds without
 * a heartbeat, and whether it shares its database with other instances (PostgreSQL) or owns it alone (SQLite).
 */
@ApplicationScoped
public class Instance {

    private final String id;
    private final Duration lease;
    private final boolean sharedDatabase;

    public Instance(@ConfigProperty(name = "egais.instance-id") Optional<String> configuredId,
                    @ConfigProperty(name = "egais.cluster.lease", defaultValue = "60S") Duration lease,
                    @ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl) {
        // A new id per start: a restarted instance must not take over the claims of its previous life as its own.
        this.id = "instance:" + configuredId.orElseGet(Instance::hostName) + ":" + UUID.randomUUID().toString().substring(0, 8);
        this.lease = lease;
        this.sharedDatabase = !jdbcUrl.startsWith("jdbc:sqlite:");
    }

    public String id() {
        return id;
    }

    public Duration lease() {
        return lease;
    }

    /** PostgreSQL: other instances may claim the same rows; SQLite: this process is the only writer. */
    public boolean sharedDatabase() {
        return sharedDatabase;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "host";
        }
    }
}
