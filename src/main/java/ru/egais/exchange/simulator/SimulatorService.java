package ru.egais.exchange.simulator;

import jakarta.enterprise.context.ApplicationScoped;
import ru.egais.exchange.common.NotFound;
import ru.egais.exchange.common.RequestInvalid;

/** What the demo API can ask of the running simulator. */
@ApplicationScoped
public class SimulatorService {

    /** The simulator as the demo API shows it. */
    public record Status(String utmUrl, String fsrarId, int documentsReceived, int documentsInOptOut) {
    }

    private final SimulatorLauncher launcher;

    public SimulatorService(SimulatorLauncher launcher) {
        this.launcher = launcher;
    }

    public Status status() {
        UtmSimulator utm = running();
        return new Status(utm.url(), utm.fsrarId(), utm.received().size(), utm.outCount());
    }

    public SupplierWaybill shipWaybill(int positions, int marksPerPosition) {
        if (positions < 1 || positions > 1000) {
            throw RequestInvalid.of("positions", "must be between 1 and 1000");
        }
        if (marksPerPosition < 0 || marksPerPosition > 100) {
            throw RequestInvalid.of("marks", "must be between 0 and 100");
        }
        return running().deliverWaybill(positions, marksPerPosition, false);
    }

    /** Sets the days until the simulated key's RSA and GOST certificates expire (negative: already expired). */
    public Status setCertificates(int rsaDays, int gostDays) {
        if (Math.abs(rsaDays) > 3650 || Math.abs(gostDays) > 3650) {
            throw RequestInvalid.of("rsaDays", "days must be between -3650 and 3650");
        }
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now();
        running().certificates(now.plusDays(rsaDays), now.plusDays(gostDays));
        return status();
    }

    private UtmSimulator running() {
        return launcher.simulator().orElseThrow(() -> new NotFound(
                "the UTM simulator is off; start the service with -Degais.simulator.enabled=true"));
    }
}
