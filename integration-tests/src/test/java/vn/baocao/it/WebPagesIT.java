package vn.baocao.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The pages of the installed {@code baocao serve} in headless Chromium on a phone-sized window
 * (390 × 844): log in (a wrong password said beside the fields), the submitter's forms, the English
 * switch, log out. On every page: nothing written to the console as an error, no request failing, no
 * sideways scrolling, its weight and load time measured (kept in {@code target/web-pages.tsv}) and a
 * screenshot kept in {@code target/screenshots}.
 */
class WebPagesIT {
    private static final String PASSWORD = "mật khẩu của xã Bình Châu";
    private static Installation installation;
    private static Process server;
    private static int port;
    private static Path figures;

    @BeforeAll
    static void serve() throws Exception {
        Path work = ItPaths.work("web-pages");
        installation = new Installation(ItPaths.copy(ItPaths.distribution(""), work.resolve("baocao")), work.resolve("logs"));
        ItPaths.delete(installation.home().resolve("data"));
        ServeProcess.addUser(installation, "xa.binhchau", "Nguyễn Văn An", "submitter:21028", PASSWORD, List.of(), Map.of(), work.resolve("logs"));
        port = ServeProcess.freePort();
        server = ServeProcess.start(installation, port, List.of(), Map.of(), work.resolve("logs/serve.log"));
        figures = ItPaths.root().resolve("integration-tests/target/web-pages.tsv");
        Files.writeString(figures, "page\tbytes\tload ms\n");
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.destroy();
            server.waitFor();
        }
    }

    @Test
    void aSubmitterLogsInOnAPhoneSeesTheirFormsAndSwitchesToEnglish() throws Exception {
        try (Browser browser = new Browser(390, 844, "vi", ItPaths.root().resolve("integration-tests/target/screenshots"))) {
            browser.driver.get("http://127.0.0.1:" + port + "/");
            assertThat(browser.driver.getCurrentUrl()).endsWith("/login");
            assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
            assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Đăng nhập");
            page(browser, "dang-nhap");

            browser.driver.findElement(By.id("login")).sendKeys("xa.binhchau");
            browser.driver.findElement(By.id("password")).sendKeys("sai mật khẩu");
            browser.clickAndWait(browser.driver.findElement(By.cssSelector("form.stack button")), "/login");
            WebElement problem = browser.driver.findElement(By.id("login-problem"));
            assertThat(problem.getAttribute("role")).isEqualTo("alert");
            assertThat(problem.getText()).contains("Tên đăng nhập hoặc mật khẩu không đúng");
            WebElement password = browser.driver.findElement(By.id("password"));
            assertThat(password.getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(password.getAttribute("aria-describedby")).isEqualTo("login-problem");
            page(browser, "dang-nhap-sai");

            password.sendKeys(PASSWORD);
            assertThat(password.getAttribute("value")).as("what the keyboard typed").isEqualTo(PASSWORD);
            browser.clickAndWait(browser.driver.findElement(By.cssSelector("form.stack button")), "/forms");
            assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Biểu mẫu của tôi");
            List<WebElement> rows = browser.driver.findElements(By.cssSelector("tbody tr[data-unit='21028']"));
            assertThat(rows).isNotEmpty();
            // each form says when entry closes, as a date a screen reader reads with its label
            assertThat(rows.get(0).findElements(By.cssSelector("td[data-label='Hạn nhập'] time"))).hasSize(1);
            page(browser, "bieu-mau");

            browser.clickAndWait(browser.driver.findElement(By.cssSelector("form[action='/language'] button")), "/forms");
            assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
            assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("My forms");
            page(browser, "forms-en");

            browser.clickAndWait(browser.driver.findElement(By.cssSelector("form[action='/logout'] button")), "/login");
            browser.driver.get("http://127.0.0.1:" + port + "/forms");
            assertThat(browser.driver.getCurrentUrl()).as("logged out").endsWith("/login");
        }
    }

    /** The checks every page passes, its figures kept and its screenshot taken. */
    private static void page(Browser browser, String name) throws Exception {
        browser.screenshot(name);
        assertThat(browser.consoleErrors()).as(name + ": console errors").isEmpty();
        assertThat(browser.scrollsSideways()).as(name + ": sideways scrolling at 390 px").isFalse();
        long[] measured = browser.weightAndLoad();
        assertThat(measured[2]).as(name + ": failed requests").isZero();
        Files.writeString(figures, name + "\t" + measured[0] + "\t" + measured[1] + "\n", StandardOpenOption.APPEND);
        System.out.printf("%s: %,d bytes, load %d ms%n", name, measured[0], measured[1]);
    }
}
