package ru.egais.exchange.testsupport;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import ru.egais.exchange.simulator.UtmSimulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

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

    /**
     * Ships our example WayBill_v4 as a return to the organization itself (consignee = shipper) and runs the exchange
     * until it is registered: the waybill a consignee's act then answers.
     */
    @SuppressWarnings("unchecked")
    protected String shipReturn() {
        Map<String, Object> doc;
        try (var in = getClass().getResourceAsStream("/examples/WayBill_v4.json")) {
            doc = new ObjectMapper().readValue(in, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        doc.put("fsrarId", fsrarId);
        doc.put("immediate", true);
        ((Map<String, Object>) doc.get("shipper")).put("clientRegId", fsrarId);
        String id = Api.prepare(doc).getString("id");
        for (int i = 0; i < 3; i++) {
            Api.exchange(fsrarId);
        }
        return id;
    }
}
