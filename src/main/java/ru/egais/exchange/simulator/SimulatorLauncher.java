package ru.egais.exchange.simulator;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import ru.egais.exchange.organization.ExchangeMode;
import ru.egais.exchange.organization.OrganizationService;
import ru.egais.exchange.organization.OrganizationSettings;

import java.util.Optional;

/**
 * Starts the simulated UTM when {@code egais.simulator.enabled=true}, points a demo organization at it and has a
 * supplier ship one waybill, so a newcomer can try the whole exchange without a UTM key.
 */
@ApplicationScoped
public class SimulatorLauncher {

    private static final Logger LOG = Logger.getLogger(SimulatorLauncher.class);

    private final SimulatorConfig config;
    private final OrganizationService organizations;
    private volatile UtmSimulator simulator;

    public SimulatorLauncher(SimulatorConfig config, OrganizationService organizations) {
        this.config = config;
        this.organizations = organizations;
    }

    // After the database migration (which observes StartupEvent at PLATFORM_BEFORE).
    void start(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION) StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        UtmSimulator utm = UtmSimulator.start(config.fsrarId(), config.port()).answerDelay(config.answerDelay());
        config.schemas().ifPresent(utm::schemas);
        organizations.saveSettings(config.fsrarId(), new OrganizationSettings("Демо-магазин (симулятор УТМ)",
                utm.url(), ExchangeMode.SERVER, 5, true));
        SupplierWaybill waybill = utm.deliverWaybill(3, 2, false);
        simulator = utm;
        LOG.infof("UTM simulator for FSRAR ID %s at %s (answers after %s); a supplier shipped waybill %s with "
                        + "positions %s", config.fsrarId(), utm.url(), config.answerDelay(), waybill.wbRegId(),
                waybill.positions().stream().map(p -> p.identity() + "=" + p.informF2RegId()).toList());
    }

    void stop(@Observes ShutdownEvent event) {
        if (simulator != null) {
            simulator.close();
        }
    }

    /** The running simulator, if the mode is on. */
    public Optional<UtmSimulator> simulator() {
        return Optional.ofNullable(simulator);
    }
}
