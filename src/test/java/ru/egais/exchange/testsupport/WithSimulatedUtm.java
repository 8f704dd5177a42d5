package ru.egais.exchange.testsupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import ru.egais.exchange.simulator.UtmSimulator;

/**
 * An end-to-end test with its own organization and simulated UTM: a fresh FSRAR ID per test, so tests sharing one
 * service instance never see each other's documents.
 */
public abstract class WithSimulatedUtm {

    protected String fsrarId;
    protected UtmSimulator utm;

    @BeforeEach
    void startUtm() {
        fsrarId = Api.newFsrarId();
        utm = UtmSimulator.start(fsrarId, 0);
        Api.configureOrganization(fsrarId, utm.url());
    }

    @AfterEach
    void stopUtm() {
        utm.close();
    }
}
