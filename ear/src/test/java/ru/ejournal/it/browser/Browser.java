package ru.ejournal.it.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Debian's chromedriver, each test with a fresh profile,
 * with the flags that keep it off the (closed) network.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final Path profile;

    public Browser() {
        try {
            profile = Files.createTempDirectory("ejournal-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-dev-shm-usage",
                "--window-size=1366,900",
                "--lang=ru-RU",
                "--user-data-dir=" + profile);
        // the browser console (CSP violations among it) is kept for consoleMessages()
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"))
                        .toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public WebDriver driver() {
        return driver;
    }

    public WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        // a condition that reads an element asks again when the page was replaced meanwhile (a sign-in's or a
        // language switch's reload): the element it found a moment ago is then stale, not the condition false
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** The browser console's messages since the last call (chromedriver hands each message out once). */
    public java.util.List<String> consoleMessages() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(e -> e.getLevel() + " " + e.getMessage())
                .toList();
    }

    /** Waits until jQuery and PrimeFaces have no Ajax request running. */
    public void waitForAjax() {
        waiting()
                .until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript(
                                "return (!window.jQuery || jQuery.active == 0) && (!window.PrimeFaces || !PrimeFaces.ajax"
                                        + " || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    public void waitForUrl(String part) {
        waiting().until(ExpectedConditions.urlContains(part));
    }

    /** Lets this browser save downloads, without asking, into a new temporary folder, which it returns. */
    public Path downloadFolder() {
        try {
            Path folder = Files.createTempDirectory("ejournal-downloads");
            ((ChromeDriver) driver)
                    .executeCdpCommand(
                            "Browser.setDownloadBehavior",
                            java.util.Map.of("behavior", "allow", "downloadPath", folder.toString()));
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits (30 s at most) until a finished download whose name ends with {@code suffix} is in the folder.
     * Chromium reserves the final name with an empty file while the bytes still go to a {@code .crdownload}
     * file, so a download counts as finished only when it has bytes and no partial file is left.
     */
    public Path awaitDownload(Path folder, String suffix) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            try (var files = Files.list(folder)) {
                var names = files.toList();
                if (names.stream().anyMatch(f -> f.toString().endsWith(".crdownload"))) {
                    return null;
                }
                for (Path f : names) {
                    if (f.toString().endsWith(suffix) && Files.size(f) > 0) {
                        return f;
                    }
                }
                return null;
            } catch (IOException e) {
                return null;
            }
        });
    }

    /** Saves a screenshot under {@code target/screenshots/NAME.png}. */
    public Path screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("ejournal.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a left-over temporary profile is harmless
        }
    }
}
