package ru.egais.exchange.utm;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every URL a UTM lists is used only on that UTM, under /opt/out (or /opt/in when settling). */
class UtmListedUrlsTest {

    static final String UTM = "http://192.168.1.10:8080";

    @Test
    void theUtmNamingItselfLocalhostIsFetchedFromTheConfiguredAddress() throws Exception {
        assertThat(UtmListedUrls.require(UTM, "http://localhost:8080/opt/out/Ticket/4", UtmListedUrls.OUT))
                .hasToString("http://192.168.1.10:8080/opt/out/Ticket/4");
        assertThat(UtmListedUrls.require(UTM, " http://127.0.0.1:18080/opt/out/WayBill_v4/12 ", UtmListedUrls.OUT))
                .hasToString("http://192.168.1.10:8080/opt/out/WayBill_v4/12");
        assertThat(UtmListedUrls.require(UTM, "http://192.168.1.10:8080/opt/out/ReplyAP_v2/1?x=1", UtmListedUrls.OUT))
                .hasToString("http://192.168.1.10:8080/opt/out/ReplyAP_v2/1?x=1");
        assertThat(UtmListedUrls.require(UTM, "/opt/out/Ticket/5", UtmListedUrls.OUT))
                .hasToString("http://192.168.1.10:8080/opt/out/Ticket/5");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "http://localhost:8080/opt/out/Ticket 4",          // a space
            "mailto:boss@example.com",
            "opt/out/Ticket/4",                                // relative path
            "@evil.example:80/opt/out/Ticket/4",               // became http://utm@evil:80/... by concatenation
            "//evil.example/opt/out/Ticket/4",
            "http://evil.example:8080/opt/out/Ticket/4",
            "http://192.168.1.10:9999/opt/out/Ticket/4",       // the UTM's host, another port
            "https://192.168.1.10:8080/opt/out/Ticket/4",      // another scheme
            "http://user@localhost:8080/opt/out/Ticket/4",
            "http://localhost:8080/opt/out/../../etc/passwd",
            "http://localhost:8080/opt/in/WayBill_v4/1",       // not under /opt/out
            "http://localhost:8080/opt/out/",
            "http://localhost:8080/api/info/list",
            "file:///etc/passwd",
            ""})
    void anythingElseIsRefusedWithTheReason(String listed) {
        assertThat(UtmListedUrls.refusal(UTM, listed, UtmListedUrls.OUT)).isNotBlank();
        assertThatThrownBy(() -> UtmListedUrls.require(UTM, listed, UtmListedUrls.OUT))
                .isInstanceOf(UtmProtocolException.class).hasMessageContaining("not used");
    }

    @Test
    void aUtmBehindAPathPrefixKeepsIt() throws Exception {
        assertThat(UtmListedUrls.require("http://proxy.local:80/utm1/", "http://localhost:8080/opt/out/Ticket/4",
                UtmListedUrls.OUT)).hasToString("http://proxy.local:80/utm1/opt/out/Ticket/4");
    }

    @Test
    void settlingMayReadOptIn() {
        assertThat(UtmListedUrls.refusal(UTM, "http://localhost:8080/opt/in/WayBill_v4/1", UtmListedUrls.IN)).isNull();
        assertThat(UtmListedUrls.refusal(UTM, "http://localhost:8080/opt/out/Ticket/1", UtmListedUrls.IN)).isNotNull();
    }
}
