package ru.egais.exchange.relay;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.common.StateConflict;
import ru.egais.exchange.outbox.DocumentPreparationService;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A document the head office asks a store to transmit, and the store's preparation refuses, becomes a refusal. */
class RelayTransmitRefusalTest {

    @Test
    void aTransmitThePreparationRefusesIsKeptAsARefusalWithItsReason() {
        List<Object> persisted = new ArrayList<>();
        EntityManager em = (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{EntityManager.class}, (proxy, method, args) -> {
                    if (method.getName().equals("persist")) {
                        persisted.add(args[0]);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        DocumentPreparationService refusing = new DocumentPreparationService(null, null, null, null, null, null, null,
                null) {
            @Override
            public Prepared prepareXmlForTransmission(byte[] body, String externalId, boolean immediate) {
                throw new StateConflict("externalId " + externalId + " already names another document");
            }
        };
        List<String> registered = new ArrayList<>();
        RelayJournal journal = new RelayJournal(null) {
            @Override
            public void register(String nodeCode, RelayRegistration.Kind kind, String entityId) {
                registered.add(nodeCode + " " + kind);
            }
        };
        Clock clock = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
        RelayNode headOffice = new RelayNode();
        headOffice.code = "hq";
        headOffice.peerRole = PeerRole.HEAD_OFFICE;

        new RelayChangeApplier(em, refusing, journal, clock).apply(headOffice,
                new RelayChange.Transmit("e-1", "030000123456", "WayBillAct_v4", "<Documents/>"));

        assertThat(persisted).singleElement().isInstanceOfSatisfying(RelayRefusal.class, r -> {
            assertThat(r.externalId).isEqualTo("e-1");
            assertThat(r.reason).isEqualTo("externalId e-1 already names another document");
            assertThat(r.createdAt).isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));
        });
        assertThat(registered).containsExactly("hq REFUSAL");
    }
}
