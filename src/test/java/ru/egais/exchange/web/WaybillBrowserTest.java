package ru.egais.exchange.web;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import ru.egais.exchange.simulator.ReceivedDocument;
import ru.egais.exchange.simulator.SupplierWaybill;
import ru.egais.exchange.testsupport.HeadlessChromium;
import ru.egais.exchange.testsupport.WithSimulatedUtm;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.egais.exchange.testsupport.Api.exchange;

/**
 * A store manager with only a browser (headless chromium) answers a supplier's waybill: it arrives in the simulated
 * UTM, the manager opens the page, finds it first under "Накладные, ждущие ответа", opens it, reports that one mark
 * of the second position did not arrive, and the WayBillAct_v4 saying so reaches the simulated UTM. Screenshots of
 * the waiting list and of the waybill's page go to target/screenshots/ (copied to src/site/ for the README).
 */
@QuarkusTest
@TestProfile(OperatorPageBrowserTest.OwnService.class)
class WaybillBrowserTest extends WithSimulatedUtm {

    @TestHTTPResource("/")
    URL root;

    @Test
    void aManagerReportsOneMissingMarkAndTheActReachesTheUtm() throws IOException {
        SupplierWaybill shipped = utm.deliverWaybill(3, 2, false);
        exchange(fsrarId);
        SupplierWaybill.Position second = shipped.positions().get(1);
        String missing = second.marks().get(1);

        ChromeDriver browser = HeadlessChromium.start("ru", 1400, 1100);
        try {
            browser.get(root.toString());
            WebElement waiting = browser.findElement(By.cssSelector("main > section"));
            assertThat(waiting.getAttribute("id")).isEqualTo("waybills-waiting");
            assertThat(waiting.findElement(By.tagName("h2")).getText()).isEqualTo("Накладные, ждущие ответа");
            List<WebElement> rows = waiting.findElements(By.cssSelector("tr.waiting-waybill"));
            WebElement row = rows.stream().filter(r -> r.getText().contains(shipped.wbRegId())).findFirst().orElseThrow();
            assertThat(row.getText()).contains(shipped.number(), "ждёт ответа").containsPattern("осталось|срок прошёл");
            screenshot(browser, "waybills-waiting.png");

            clickAndWaitForNextPage(browser, row.findElement(By.cssSelector("a.open-waybill")));
            assertThat(browser.findElement(By.id("wb-reg-id")).getText()).isEqualTo(shipped.wbRegId());
            assertThat(browser.findElements(By.cssSelector("tr.position"))).hasSize(3);
            browser.findElement(By.id("quantity-" + second.identity())).sendKeys("1");
            browser.findElement(By.id("missing-" + second.identity())).sendKeys(missing);
            screenshot(browser, "waybill-page.png");
            clickAndWaitForNextPage(browser, browser.findElement(By.id("send-differences")));

            assertThat(browser.findElement(By.id("flash-done")).getText())
                    .isEqualTo("Ответ подготовлен и поставлен в очередь на отправку в ЕГАИС");
            assertThat(browser.findElements(By.id("send-differences"))).isEmpty();
            assertThat(browser.findElement(By.id("act-link")).getText()).isNotBlank();
        } finally {
            browser.quit();
        }

        // Posted at once (the page's answers are "immediate"): the act is at the UTM, saying exactly that.
        List<ReceivedDocument> acts = utm.received().stream().filter(d -> d.element().equals("WayBillAct_v4")).toList();
        assertThat(acts).hasSize(1);
        String xml = acts.get(0).xml();
        assertThat(xml).contains("<wa:IsAccept>Differences</wa:IsAccept>", "<wa:WBRegId>" + shipped.wbRegId() + "<",
                "<wa:Identity>" + second.identity() + "<", "<wa:InformF2RegId>" + second.informF2RegId() + "<",
                "<wa:RealQuantity>1<", missing);
        assertThat(xml).doesNotContain(second.marks().get(0))
                .doesNotContain(shipped.positions().get(0).informF2RegId());
    }

    private static void screenshot(WebDriver browser, String name) throws IOException {
        Path target = Path.of("target", "screenshots", name);
        Files.createDirectories(target.getParent());
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
    }

    /** As in {@link OperatorPageBrowserTest}: a click returns before the form's navigation is done. */
    private static void clickAndWaitForNextPage(WebDriver browser, WebElement target) {
        WebElement page = browser.findElement(By.tagName("html"));
        target.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> {
            try {
                page.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
    }
}
