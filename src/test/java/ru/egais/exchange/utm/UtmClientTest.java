package ru.egais.exchange.utm;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.testsupport.WireMockUtmResource;

import java.net.ServerSocket;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@QuarkusTest
@QuarkusTestResource(value = WireMockUtmResource.class, restrictToAnnotatedClass = true)
class UtmClientTest {

    @WireMockUtmResource.InjectWireMock
    WireMockServer wireMock;

    @Inject
    UtmConfig config;

    @Inject
    UtmMetrics metrics;

    /** The client behind {@link UtmGateway}, as the service's gateway builds it (one for the class: it owns a thread). */
    static UtmClient client;

    String utm;

    @BeforeEach
    void reset() {
        if (client == null) {
            client = new UtmClient(config, metrics);
        }
        wireMock.resetAll();
        utm = "http://127.0.0.1:" + wireMock.port();
    }

    @Test
    void postsTheDocumentAsMultipartXmlFileAndReadsTheTransportId() throws Exception {
        wireMock.stubFor(post("/opt/in/QueryRests_v2").willReturn(aResponse().withStatus(200)
                .withBody("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?><A><url>4f564b2b-5f36</url><sign>AB</sign><ver>2</ver></A>")));

        UtmAck ack = client.send(utm, "QueryRests_v2", "<ns:Documents>Запрос</ns:Documents>");

        assertThat(ack.replyId()).isEqualTo("4f564b2b-5f36");
        assertThat(ack.isError()).isFalse();
        wireMock.verify(postRequestedFor(urlEqualTo("/opt/in/QueryRests_v2"))
                .withHeader("Content-Type", containing("multipart/form-data; boundary="))
                .withRequestBodyPart(aMultipart().withName("xml_file")
                        .withBody(equalTo("<ns:Documents>Запрос</ns:Documents>")).build()));
    }

    @Test
    void errorUnderHttp200IsReturnedAsAnErrorAck() throws Exception {
        wireMock.stubFor(post("/opt/in/WayBillAct_v4").willReturn(aResponse().withStatus(200)
                .withBody("<A><error>Не найден ключ</error></A>")));
        UtmAck ack = client.send(utm, "WayBillAct_v4", "<x/>");
        assertThat(ack.error()).isEqualTo("Не найден ключ");
    }

    @Test
    void http503IsAnUnavailableUtm() {
        wireMock.stubFor(post("/opt/in/QueryAP").willReturn(aResponse().withStatus(503).withBody("<html/>")));
        assertThatThrownBy(() -> client.send(utm, "QueryAP", "<x/>"))
                .isInstanceOf(UtmException.class).hasMessageContaining("HTTP 503");
    }

    @Test
    void garbageAnswerIsAProtocolError() {
        wireMock.stubFor(post("/opt/in/QueryAP").willReturn(aResponse().withStatus(200).withBody("%PDF-1.4 garbage")));
        assertThatThrownBy(() -> client.send(utm, "QueryAP", "<x/>")).isInstanceOf(UtmProtocolException.class);
    }

    @Test
    void resetConnectionAndTimeoutAreUnavailableUtm() {
        wireMock.stubFor(post("/opt/in/A").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThatThrownBy(() -> client.send(utm, "A", "<x/>")).isInstanceOf(UtmException.class);
        wireMock.stubFor(post("/opt/in/B").willReturn(aResponse().withFixedDelay(4_000).withBody("<A><url>x</url></A>")));
        assertThatThrownBy(() -> client.send(utm, "B", "<x/>")).isInstanceOf(UtmException.class)
                .hasMessageContaining("not reachable");
    }

    @Test
    void refusedConnectionIsUnavailableUtm() throws Exception {
        int freePort;
        try (ServerSocket s = new ServerSocket(0)) {
            freePort = s.getLocalPort();
        }
        assertThatThrownBy(() -> client.send("http://127.0.0.1:" + freePort, "QueryAP", "<x/>"))
                .isInstanceOf(UtmException.class).hasMessageContaining("not reachable");
    }

    @Test
    void listsIncomingAndUsesOurAddressForListedUrls() throws Exception {
        wireMock.stubFor(get("/opt/out").willReturn(aResponse().withBody("""
                <A><url replyId="r-1">http://localhost:8080/opt/out/Ticket/4</url><ver>2</ver></A>""")));
        wireMock.stubFor(get("/opt/out/Ticket/4").willReturn(aResponse()
                .withBody("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ns:Documents xmlns:ns=\"x\">Квитанция</ns:Documents>")));
        wireMock.stubFor(delete("/opt/out/Ticket/4").willReturn(aResponse().withStatus(200)));

        List<UtmListEntry> listed = client.listIncoming(utm);
        assertThat(listed).containsExactly(new UtmListEntry("http://localhost:8080/opt/out/Ticket/4", "r-1"));
        // UTM wrote "localhost:8080" into the URL; we reach it at the configured address instead.
        assertThat(client.fetch(utm, listed.get(0).url())).contains("Квитанция");
        client.delete(utm, listed.get(0).url());
        wireMock.verify(deleteRequestedFor(urlEqualTo("/opt/out/Ticket/4")));
    }

    @Test
    void deletingWhatIsAlreadyGoneSucceedsButOtherStatusesFail() throws Exception {
        wireMock.stubFor(delete("/opt/out/Ticket/5").willReturn(aResponse().withStatus(404)));
        client.delete(utm, "http://localhost:8080/opt/out/Ticket/5");
        wireMock.stubFor(delete("/opt/out/Ticket/6").willReturn(aResponse().withStatus(500)));
        assertThatThrownBy(() -> client.delete(utm, "http://localhost:8080/opt/out/Ticket/6"))
                .isInstanceOf(UtmException.class);
    }

    @Test
    void filtersByReplyIdAndReadsHealthProbes() throws Exception {
        wireMock.stubFor(get("/opt/out?replyId=abc").willReturn(aResponse().withBody("<A><ver>2</ver></A>")));
        wireMock.stubFor(get("/api/info/list").willReturn(aResponse().withBody("{\"rsa\":{\"isValid\":true}}")));
        wireMock.stubFor(get("/diagnosis").willReturn(aResponse().withBody("<Diagnosis><CN>030000000001</CN></Diagnosis>")));
        assertThat(client.listIncoming(utm, "abc")).isEmpty();
        assertThat(client.info(utm)).contains("isValid");
        assertThat(client.diagnosis(utm)).contains("030000000001");
        wireMock.verify(WireMock.getRequestedFor(urlEqualTo("/opt/out?replyId=abc")));
    }
}
