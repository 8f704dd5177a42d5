package ru.egais.exchange.web;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import ru.egais.exchange.testsupport.HeadlessChromium;
import ru.egais.exchange.testsupport.WithSimulatedUtm;

import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;

/**
 * A web page from another origin, open in the store PC's browser (headless chromium), attacks the running service:
 * a no-cors fetch with a JSON body and no Content-Type, one with text/plain, and a form POST whose text/plain body
 * is a JSON document, all asking for an immediate write-off. Nothing is stored and nothing reaches the UTM.
 */
@QuarkusTest
class CrossSiteBrowserTest extends WithSimulatedUtm {

    @TestHTTPResource("/")
    URL service;

    @Test
    void aPageFromAnotherOriginCannotStoreOrSendAnything() throws Exception {
        String target = service.toString().replaceAll("/$", "");
        String act = "{\"fsrarId\":\"" + fsrarId + "\",\"type\":\"ActWriteOff_v3\",\"actNumber\":\"1\","
                + "\"actDate\":\"2026-11-23\",\"typeWriteOff\":\"Порча\",\"immediate\":true,\"positions\":[{"
                + "\"identity\":\"1\",\"quantity\":1,\"informF2RegId\":\"FB-000004917646122\"}]}";
        String page = "<!doctype html><html><head><meta charset='utf-8'><title>ad</title></head><body>"
                // a text/plain form whose one field's name and value join into the JSON document
                + "<form id='f' method='POST' enctype='text/plain' action='" + target + "/api/v1/documents'>"
                + "<input type='hidden' name='" + act.substring(0, act.length() - 1).replace("'", "&#39;")
                + ",\"pad\":\"' value='\"}'></form>"
                + "<script>\n"
                + "const act = " + quoteJs(act) + ";\n"
                + "Promise.allSettled([\n"
                + "  fetch('" + target + "/api/v1/documents', {method: 'POST', mode: 'no-cors', body: new Blob([act])}),\n"
                + "  fetch('" + target + "/api/v1/documents', {method: 'POST', mode: 'no-cors',"
                + "        headers: {'Content-Type': 'text/plain'}, body: act}),\n"
                + "  fetch('" + target + "/api/v1/documents', {method: 'POST', headers: {'Content-Type': 'application/json'},"
                + "        body: act})\n"
                + "]).then(r => { document.title = 'fetched ' + r.map(x => x.status).join(','); "
                + "document.getElementById('f').submit(); });\n"
                + "</script></body></html>";
        HttpServer attacker = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        attacker.createContext("/", exchange -> {
            byte[] body = page.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        attacker.start();
        ChromeDriver browser = HeadlessChromium.start("ru", 1000, 800);
        String answer;
        try {
            // another port is another origin (another site too when the service is reached as 127.0.0.1)
            browser.get("http://localhost:" + attacker.getAddress().getPort() + "/");
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().startsWith(target));
            // the form's navigation landed on the service's refusal: the request did reach it
            answer = browser.findElement(By.tagName("body")).getText();
        } finally {
            browser.quit();
            attacker.stop(0);
        }
        given().queryParam("fsrarId", fsrarId).get("/api/v1/documents").then().statusCode(200).body("$", empty());
        assertThat(utm.received()).isEmpty();
        assertThat(answer).contains("403").contains("refused");
    }

    private static String quoteJs(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
