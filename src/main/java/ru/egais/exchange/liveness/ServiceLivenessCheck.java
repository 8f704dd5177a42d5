package ru.egais.exchange.liveness;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;
import ru.egais.exchange.outbox.GroupCommit;
import ru.egais.exchange.utm.UtmGateway;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Liveness: DOWN when a part without which the service only pretends to run has died — the group-commit writer
 * (nothing can be stored), the scheduler (no exchange would run again; no beat for {@code egais.liveness.scheduler-stall},
 * 2 min) or the UTM client's selector thread (every call to every UTM would hang). Killed threads are what an
 * OutOfMemoryError leaves behind; a service manager restarts a process whose liveness is DOWN.
 */
@Liveness
@ApplicationScoped
public class ServiceLivenessCheck implements HealthCheck {

    private final GroupCommit writer;
    private final UtmGateway utm;
    private final SchedulerHeartbeat heartbeat;
    private final Clock clock;
    private final Duration stall;

    public ServiceLivenessCheck(GroupCommit writer, UtmGateway utm, SchedulerHeartbeat heartbeat, Clock clock,
                                @ConfigProperty(name = "egais.liveness.scheduler-stall", defaultValue = "2M") Duration stall) {
        this.writer = writer;
        this.utm = utm;
        this.heartbeat = heartbeat;
        this.clock = clock;
        this.stall = stall;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("service-threads").up();
        Instant beat = heartbeat.lastBeat();
        boolean schedulerAlive = !beat.plus(stall).isBefore(Instant.now(clock));
        response.withData("group-commit-writer", writer.isAlive() ? "running" : "dead")
                .withData("scheduler", schedulerAlive ? "running" : "no beat since " + beat)
                .withData("utm-client", utm.isAlive() ? "running" : "dead");
        if (!writer.isAlive() || !schedulerAlive || !utm.isAlive()) {
            response.down();
        }
        return response.build();
    }
}
