package ru.egais.exchange.testsupport;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Debian's chromium driven through its chromedriver (nothing downloaded). Skips the test where they are absent,
 * unless {@code EGAIS_REQUIRE_BROWSER=1} (set by .ci/run), where their absence fails it.
 */
public final class HeadlessChromium {

    private HeadlessChromium() {
    }

    /** A fresh headless browser with its own profile, asking for pages in the given language (e.g. "ru"). */
    public static ChromeDriver start(String language, int width, int height) {
        Path browser = Path.of(System.getenv().getOrDefault("EGAIS_CHROMIUM", "/usr/bin/chromium"));
        Path driver = Path.of(System.getenv().getOrDefault("EGAIS_CHROMEDRIVER", "/usr/bin/chromedriver"));
        boolean present = Files.isExecutable(browser) && Files.isExecutable(driver);
        String why = "no browser: " + browser + " and " + driver + " are needed (apt-get install chromium chromium-driver)";
        if ("1".equals(System.getenv("EGAIS_REQUIRE_BROWSER")) && !present) {
            throw new AssertionError(why + "; EGAIS_REQUIRE_BROWSER=1 says they must be there");
        }
        Assumptions.assumeTrue(present, why);
        Path profile;
        try {
            profile = Files.createTempDirectory("egais-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions().setBinary(browser.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
                "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(driver.toString())).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
