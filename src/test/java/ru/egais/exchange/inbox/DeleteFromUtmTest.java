package ru.egais.exchange.inbox;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.runtime.configuration.MemorySize;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.organization.ExchangeMode;
import ru.egais.exchange.organization.UtmTarget;
import ru.egais.exchange.utm.UtmGateway;
import ru.egais.exchange.utm.UtmConfig;
import ru.egais.exchange.utm.UtmException;
import ru.egais.exchange.utm.UtmListEntry;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The renumbering guard alone, without Quarkus: the real {@link UtmGateway} against a WireMock UTM and a store that
 * only records what it was told. A document is deleted from UTM only when its URL is still listed under its replyId
 * and reads back as the same bytes; otherwise it is marked gone and UTM is not asked to delete anything.
 */
class DeleteFromUtmTest {

    private static final String PATH = "/opt/out/WayBill_v4/7";
    private static final byte[] OURS = "<ns:Documents>our waybill</ns:Documents>".getBytes(StandardCharsets.UTF_8);

    private WireMockServer utmServer;
    private RecordingStore store;
    private DeleteFromUtm deletion;
    private UtmTarget target;
    private IncomingView doc;

    @BeforeEach
    void start() {
        utmServer = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        utmServer.start();
        utmServer.stubFor(delete(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200)));
        String utmUrl = "http://127.0.0.1:" + utmServer.port();
        target = new UtmTarget("030000000001", utmUrl, ExchangeMode.SERVER, true);
        doc = new IncomingView("incoming-1", target.fsrarId(), utmUrl + PATH, "reply-1", "WayBill_v4",
                IncomingStatus.PROCESSED, null, null, OURS.length, null, null, null, null);
        store = new RecordingStore();
        store.bytesHashes.put(doc.id(), DeliveryHash.ofBytes(OURS));
        deletion = new DeleteFromUtm(UtmGateway.standalone(new ShortConfig()), store);
    }

    @AfterEach
    void stop() {
        utmServer.stop();
    }

    @Test
    void aUrlListedUnderAnotherReplyIdIsNotDeleted() throws UtmException {
        utmServer.stubFor(get(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200).withBody(OURS)));

        boolean deleted = deletion.deleteIfStillThere(target, doc, new UtmListEntry(doc.utmUrl(), "reply-2"));

        assertThat(deleted).isFalse();
        assertThat(utmServer.findAll(anyRequestedFor(anyUrl()))).as("UTM is not even asked").isEmpty();
        assertThat(store.deleted).isEmpty();
        assertThat(store.gone).containsExactly(doc.id() + ": " + doc.utmUrl()
                + " now names another document (UTM renumbered /opt/out)");
    }

    @Test
    void theSameReplyIdWithOtherBytesIsNotDeleted() throws UtmException {
        utmServer.stubFor(get(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200)
                .withBody("<ns:Documents>another waybill</ns:Documents>")));

        boolean deleted = deletion.deleteIfStillThere(target, doc, new UtmListEntry(doc.utmUrl(), doc.replyId()));

        assertThat(deleted).isFalse();
        assertThat(utmServer.findAll(deleteRequestedFor(anyUrl()))).isEmpty();
        assertThat(store.deleted).isEmpty();
        assertThat(store.gone).containsExactly(doc.id() + ": " + doc.utmUrl()
                + " now names another document (UTM renumbered /opt/out)");
    }

    @Test
    void theSameEntryIsDeleted() throws UtmException {
        utmServer.stubFor(get(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200).withBody(OURS)));

        boolean deleted = deletion.deleteIfStillThere(target, doc, new UtmListEntry(doc.utmUrl(), doc.replyId()));

        assertThat(deleted).isTrue();
        assertThat(utmServer.findAll(deleteRequestedFor(urlEqualTo(PATH)))).hasSize(1);
        assertThat(store.deleted).containsExactly(doc.id());
        assertThat(store.gone).isEmpty();
    }

    @Test
    void anEntryNoLongerListedDeletesNothing() throws UtmException {
        boolean deleted = deletion.deleteIfStillThere(target, doc, null);

        assertThat(deleted).isFalse();
        assertThat(utmServer.findAll(anyRequestedFor(anyUrl()))).isEmpty();
        assertThat(store.deleted).isEmpty();
        assertThat(store.gone).containsExactly(doc.id() + ": no longer listed at " + doc.utmUrl());
    }

    @Test
    void anEntryGoneBetweenTheListingAndTheReadBackDeletesNothing() throws UtmException {
        utmServer.stubFor(get(urlEqualTo(PATH)).willReturn(aResponse().withStatus(404)));

        boolean deleted = deletion.deleteIfStillThere(target, doc, new UtmListEntry(doc.utmUrl(), doc.replyId()));

        assertThat(deleted).isFalse();
        assertThat(utmServer.findAll(deleteRequestedFor(anyUrl()))).isEmpty();
        assertThat(store.deleted).isEmpty();
        assertThat(store.gone).containsExactly(doc.id() + ": no longer listed at " + doc.utmUrl());
    }

    /** The store's four calls the guard makes, recorded; nothing else of it is used (no database). */
    private static final class RecordingStore extends IncomingStore {
        final Map<String, String> bytesHashes = new HashMap<>();
        final List<String> gone = new ArrayList<>();
        final List<String> deleted = new ArrayList<>();

        RecordingStore() {
            super(null, null, null, null);
        }

        @Override
        public Optional<String> bytesHashOf(String id) {
            return Optional.ofNullable(bytesHashes.get(id));
        }

        @Override
        public boolean isSameText(String id, String text) {
            throw new AssertionError("every document here has its bytes hash");
        }

        @Override
        public void markGoneFromUtm(String id, String why) {
            gone.add(id + ": " + why);
        }

        @Override
        public void markDeletedFromUtm(String id) {
            deleted.add(id);
        }
    }

    /** Short time limits: a local WireMock answers at once, and a hang should fail the test quickly. */
    private static final class ShortConfig implements UtmConfig {
        @Override
        public Duration connectTimeout() {
            return Duration.ofSeconds(2);
        }

        @Override
        public Duration readTimeout() {
            return Duration.ofSeconds(5);
        }

        @Override
        public MemorySize maxDocumentSize() {
            return new MemorySize(BigInteger.valueOf(1024 * 1024));
        }

        @Override
        public Duration answerDeadline() {
            return Duration.ofSeconds(5);
        }

        @Override
        public int maxListEntries() {
            return 100;
        }

        @Override
        public MemorySize maxListSize() {
            return new MemorySize(BigInteger.valueOf(1024 * 1024));
        }
    }
}
