package ru.egais.exchange.api;

import io.smallrye.health.SmallRyeHealth;
import io.smallrye.health.SmallRyeHealthReporter;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Health for a caller without the token (a supervisor, a load balancer): the same checks, answered with their
 * overall status only. The checks' data (FSRAR IDs, certificates, queues) is for authenticated callers.
 */
@ApplicationScoped
public class HealthStatusOnly {

    private final SmallRyeHealthReporter reporter;

    public HealthStatusOnly(SmallRyeHealthReporter reporter) {
        this.reporter = reporter;
    }

    void answerStatusOnly(RoutingContext ctx, String path) {
        String rest = path.substring("/q/health".length());
        Uni<SmallRyeHealth> health;
        if (rest.isEmpty() || rest.equals("/")) {
            health = reporter.getHealthAsync();
        } else if (rest.equals("/live")) {
            health = reporter.getLivenessAsync();
        } else if (rest.equals("/ready")) {
            health = reporter.getReadinessAsync();
        } else if (rest.equals("/started")) {
            health = reporter.getStartupAsync();
        } else if (rest.equals("/well")) {
            health = reporter.getWellnessAsync();
        } else if (rest.equals("/group")) {
            health = reporter.getHealthGroupsAsync();
        } else if (rest.startsWith("/group/") && rest.indexOf('/', 7) < 0) {
            health = reporter.getHealthGroupAsync(rest.substring(7));
        } else {
            ctx.response().setStatusCode(404).end();
            return;
        }
        health.subscribe().with(
                h -> ctx.response().setStatusCode(h.isDown() ? 503 : 200).putHeader("Content-Type", "application/json")
                        .end("{\"status\":\"" + (h.isDown() ? "DOWN" : "UP") + "\"}"),
                failure -> ctx.response().setStatusCode(503).putHeader("Content-Type", "application/json")
                        .end("{\"status\":\"DOWN\"}"));
    }
}
