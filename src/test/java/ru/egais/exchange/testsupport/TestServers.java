package ru.egais.exchange.testsupport;

import org.junit.jupiter.api.Assumptions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The PostgreSQL and RabbitMQ servers `.ci/run` starts (EGAIS_TEST_PG_URL, EGAIS_TEST_AMQP_PORT…). Without them
 * the tests that need them are skipped — unless EGAIS_REQUIRE_SERVERS=1 (as in CI), where their absence fails.
 */
public final class TestServers {

    private TestServers() {
    }

    public static String pgUrl() {
        return require("EGAIS_TEST_PG_URL");
    }

    public static String pgUser() {
        return System.getenv().getOrDefault("EGAIS_TEST_PG_USER", "egais");
    }

    public static String pgPassword() {
        return System.getenv().getOrDefault("EGAIS_TEST_PG_PASSWORD", "");
    }

    public static String amqpHost() {
        return System.getenv().getOrDefault("EGAIS_TEST_AMQP_HOST", "127.0.0.1");
    }

    public static int amqpPort() {
        return Integer.parseInt(require("EGAIS_TEST_AMQP_PORT"));
    }

    /** A new empty database on the test server; returns its JDBC URL. */
    public static String newDatabase(String prefix) throws SQLException {
        String url = pgUrl();
        String name = prefix + "_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        try (Connection c = DriverManager.getConnection(url, pgUser(), pgPassword())) {
            c.createStatement().execute("CREATE DATABASE " + name);
        }
        return url.substring(0, url.lastIndexOf('/') + 1) + name;
    }

    private static String require(String variable) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            if ("1".equals(System.getenv("EGAIS_REQUIRE_SERVERS"))) {
                throw new IllegalStateException(variable + " is not set, but EGAIS_REQUIRE_SERVERS=1: start the "
                        + "servers with .ci/run (or `source .ci/servers.sh && start_servers`)");
            }
            Assumptions.abort(variable + " is not set: no PostgreSQL/RabbitMQ to test against (see .ci/servers.sh)");
        }
        return value;
    }
}
