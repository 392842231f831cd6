package vn.baocao.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium, headless, driven by its own chromedriver (no browser is downloaded): a window
 * of the size asked, the browser's console kept, screenshots written where the build keeps them,
 * and what a page weighed and took measured by the browser itself.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    final ChromeDriver driver;
    private final Path screenshots;

    Browser(int width, int height, String language, Path screenshots) throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            throw new AssertionError("the page tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--no-first-run",
                "--window-size=" + width + "," + height, "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        this.screenshots = Files.createDirectories(screenshots);
    }

    /** Waits (at most 10 s) until the page in the window is the one at this path: a click's navigation has finished. */
    void waitForPath(String path) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
            String url = d.getCurrentUrl();
            return url != null && url.replaceFirst("\\?.*$", "").endsWith(path)
                    && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState"));
        });
    }

    /** Clicks and waits for the page the click leads to. */
    void clickAndWait(org.openqa.selenium.WebElement element, String path) {
        String before = (String) script("return String(performance.timeOrigin)");
        element.click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> !before.equals(script("return String(performance.timeOrigin)")));
        waitForPath(path);
    }

    void screenshot(String name) throws Exception {
        Files.write(screenshots.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    /** What the console said at the level of an error since the last call. */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /** Whether the page, or one of its tables, is wider than the window: a person would have to scroll sideways. */
    boolean scrollsSideways() {
        // the page itself, or a box of it that would scroll its table sideways
        Object wider = script("return document.documentElement.scrollWidth > window.innerWidth"
                + " || Array.from(document.querySelectorAll('.table-box')).some(b => b.scrollWidth > b.clientWidth + 1)");
        return Boolean.TRUE.equals(wider);
    }

    /** The page's bytes over the wire (the document and all it loaded) and the time to its load event, in ms. */
    long[] weightAndLoad() {
        Number bytes = (Number) script("return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))"
                + ".reduce((sum, e) => sum + (e.transferSize || e.encodedBodySize || 0), 0)");
        Number millis = (Number) script("const n = performance.getEntriesByType('navigation')[0]; return Math.round(n.loadEventEnd - n.startTime)");
        Number failed = (Number) script("return performance.getEntriesByType('resource').filter(e => e.responseStatus >= 400).length");
        return new long[] {bytes.longValue(), millis.longValue(), failed.longValue()};
    }

    /**
     * axe-core's serious and critical violations on the page as it is now, one line each (rule, impact,
     * the first elements concerned); empty when there are none.
     */
    java.util.List<String> seriousAccessibilityProblems() throws Exception {
        if (!Boolean.TRUE.equals(script("return typeof axe !== 'undefined'"))) script(AxeCore.script());
        Object found = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations"
                + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))))"
                + ".catch(e => done(['axe failed: ' + e]));");
        return ((java.util.List<?>) found).stream().map(String::valueOf).toList();
    }

    Object script(String code) {
        return ((JavascriptExecutor) driver).executeScript(code);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
