package ru.egais.exchange.utm;

import org.junit.jupiter.api.Test;
import ru.egais.exchange.egais.EgaisQuery;
import ru.egais.exchange.egais.QueryParameter;
import ru.egais.exchange.simulator.UtmSimulator;

import java.net.ServerSocket;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the gateway adds in front of the client: finding our text in /opt/in, and what its failures say. */
class UtmGatewayTest {

    private static final String FSRAR_ID = "030000000001";

    @Test
    void findsEveryReplyIdUnderWhichOptInHoldsTheTextAndNeverFetchesOnesAlreadyOurs() throws Exception {
        String rests = EgaisDocumentWriter.query(FSRAR_ID, new EgaisQuery("QueryRests_v2", List.of()));
        String ap = EgaisDocumentWriter.query(FSRAR_ID,
                new EgaisQuery("QueryAP", List.of(new QueryParameter("ИНН", "7701234567"))));
        try (UtmSimulator utm = UtmSimulator.start(FSRAR_ID, 0)) {
            UtmGateway gateway = UtmGateway.standalone(UtmClientProgressTest.config());
            String first = gateway.send(utm.url(), "QueryRests_v2", rests).replyId();
            gateway.send(utm.url(), "QueryAP", ap);
            String second = gateway.send(utm.url(), "QueryRests_v2", rests).replyId();
            String reindented = rests.replace("><", ">\n  <");

            assertThat(gateway.findInOptIn(utm.url(), reindented, ids -> Set.of(), Integer.MAX_VALUE))
                    .containsExactlyInAnyOrder(first, second);
            assertThat(gateway.findInOptIn(utm.url(), rests, ids -> Set.of(first), Integer.MAX_VALUE))
                    .containsExactly(second);
            assertThat(gateway.findInOptIn(utm.url(), rests, ids -> Set.of(), 1)).hasSize(1);
            assertThat(gateway.findInOptIn(utm.url(), rests.replace("QueryRests_v2", "QueryRestsShop_v2"),
                    ids -> Set.of(), Integer.MAX_VALUE)).isEmpty();
        }
    }

    @Test
    void aUtmThatTakesNoConnectionNeverHadTheDocument() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        UtmGateway gateway = UtmGateway.standalone(UtmClientProgressTest.config());
        assertThatThrownBy(() -> gateway.send("http://127.0.0.1:" + port, "QueryAP", "<x/>"))
                .isInstanceOfSatisfying(UtmException.class, e -> assertThat(e.mayHaveArrived()).isFalse());
    }
}
