package ru.egais.exchange.web;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import ru.egais.exchange.testsupport.HeadlessChromium;
import ru.egais.exchange.testsupport.WithSimulatedUtm;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.egais.exchange.testsupport.Api.exchange;
import static ru.egais.exchange.testsupport.Api.prepare;
import static ru.egais.exchange.testsupport.Api.status;

/**
 * An operator in a real browser (headless chromium): opens the page, finds a rejected act by its WBRegId, cancels
 * its last operation and sees its status change. Screenshots go to target/screenshots/. Its own service instance,
 * so the page shows only this test's store.
 */
@QuarkusTest
@TestProfile(OperatorPageBrowserTest.OwnService.class)
class OperatorPageBrowserTest extends WithSimulatedUtm {

    /** No settings of its own: only a service instance (and database) of its own. */
    public static class OwnService implements QuarkusTestProfile {
    }

    @TestHTTPResource("/")
    URL root;

    @Test
    void operatorFindsARejectedActAndCancelsItsLastOperation() throws IOException {
        String rejected = prepare(act("TTN-0000009999", "17")).getString("id");
        String wbRegId = utm.deliverWaybill(2, 1, false).wbRegId();
        prepare(act(wbRegId, "18"));
        prepare(Map.of("fsrarId", fsrarId, "type", "QueryRests_v2", "externalId", "pos-42", "immediate", true));
        utm.certificates(OffsetDateTime.now().plusDays(10).plusHours(1), OffsetDateTime.now().plusDays(400));
        exchange(fsrarId);
        exchange(fsrarId);
        assertThat(status(rejected)).isEqualTo("REJECTED");

        ChromeDriver browser = HeadlessChromium.start("ru", 1400, 1500);
        try {
            browser.get(root.toString());
            assertThat(browser.getTitle()).isEqualTo("Обмен с ЕГАИС");
            assertThat(browser.findElement(By.id("organizations")).getText())
                    .contains(fsrarId).contains("Сертификат RSA").contains("10 дн. осталось");

            browser.findElement(By.id("q")).sendKeys("TTN-0000009999");
            clickAndWaitForNextPage(browser, browser.findElement(By.id("find")));
            List<WebElement> found = browser.findElements(By.cssSelector("#documents tr.document"));
            assertThat(found).hasSize(1);
            assertThat(found.get(0).getAttribute("data-id")).isEqualTo(rejected);
            assertThat(found.get(0).getText()).contains("WayBillAct_v4").contains("Отклонён");
            screenshot(browser, "operator-search.png");

            clickAndWaitForNextPage(browser, found.get(0).findElement(By.tagName("a")));
            assertThat(browser.findElement(By.id("status")).getAttribute("data-status")).isEqualTo("REJECTED");
            assertThat(browser.findElement(By.id("last-error")).getText()).contains("TTN-0000009999");
            clickAndWaitForNextPage(browser, browser.findElement(By.id("action-cancel-last-operation")));

            assertThat(browser.findElement(By.id("status")).getAttribute("data-status")).isEqualTo("CANCELLED");
            assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Отменён");
            assertThat(browser.findElement(By.id("flash-done")).getText()).isEqualTo("Выполнено");
            assertThat(browser.findElement(By.id("log")).getText()).contains("LAST_OPERATION_CANCELLED");
            assertThat(browser.findElements(By.id("action-resubmit"))).hasSize(1);
            screenshot(browser, "operator-document.png");
            assertThat(status(rejected)).isEqualTo("CANCELLED");

            browser.get(root + "?lang=en");
            assertThat(browser.getTitle()).isEqualTo("EGAIS exchange");
            assertThat(browser.findElement(By.id("status-counts")).getText()).contains("Cancelled");
            browser.get(root + "?lang=ru");
            screenshot(browser, "operator-page.png");
        } finally {
            browser.quit();
        }
    }

    private Map<String, Object> act(String wbRegId, String number) {
        Map<String, Object> act = new HashMap<>(Map.of("fsrarId", fsrarId, "type", "WayBillAct_v4",
                "isAccept", "Accepted", "actNumber", number, "actDate", "2026-11-23", "wbRegId", wbRegId));
        act.put("immediate", true);
        return act;
    }

    private static void screenshot(WebDriver browser, String name) throws IOException {
        Path target = Path.of("target", "screenshots", name);
        Files.createDirectories(target.getParent());
        Path shot = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Clicks a link or a form's button and waits until the browser has left the page: a click returns before a form's
     * navigation is done, and an element read meanwhile belongs to the page being left (CI saw it go stale).
     */
    private static void clickAndWaitForNextPage(WebDriver browser, WebElement target) {
        WebElement page = browser.findElement(By.tagName("html"));
        target.click();
        // Chromium reports an element of a page being replaced either as stale or, mid-navigation, as a node that
        // "does not belong to the document" (a plain WebDriverException, which stalenessOf lets through): both mean
        // the page was left.
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(30))
                .until(b -> {
                    try {
                        page.isEnabled();
                        return false;
                    } catch (org.openqa.selenium.WebDriverException gone) {
                        return true;
                    }
                });
    }
}
