package vn.baocao.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole chain in headless Chromium on a phone-sized window, once in Vietnamese and once in
 * English: an administrator adds a submitter and a reviewer (a password too short said at its
 * field) and the agency's report source; the submitter types a value the platform refuses (said at
 * its cell), corrects it, meets a rule's error at submit, fixes it and submits; the reviewer returns
 * it with a reason; the submitter reads the reason, corrects and submits again; the reviewer approves
 * it from the dashboard; the figures show the new total, the report's preview shows the figure, and
 * the DOCX downloaded has it. Every page: no console error, no failed request, no serious axe-core
 * violation, no sideways scrolling, its weight and load time kept in {@code target/web-flow.tsv}.
 */
class WebFlowIT {
    private static final String ADMIN_PASSWORD = "quản trị viên của Ban Dân tộc";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final long BUDGET_BYTES = 300 * 1024;
    private static Installation installation;
    private static Process server;
    private static String base;
    private static Path figures;
    private static int year;
    private static String period;

    @BeforeAll
    static void serve() throws Exception {
        Path work = ItPaths.work("web-flow");
        installation = new Installation(ItPaths.copy(ItPaths.distribution(""), work.resolve("baocao")), work.resolve("logs"));
        ItPaths.delete(installation.home().resolve("data"));
        // entry open whatever day the build runs on: the deadlines have tests of their own
        Files.writeString(installation.home().resolve("conf/baocao.properties"), "\nserver.deadline.days=none\n", StandardOpenOption.APPEND);
        ServeProcess.addUser(installation, "quantri", "Quản trị viên", "administrator", ADMIN_PASSWORD, List.of(), Map.of(), work.resolve("logs"));
        int port = ServeProcess.freePort();
        server = ServeProcess.start(installation, port, List.of(), Map.of(), work.resolve("logs/serve.log"));
        base = "http://127.0.0.1:" + port;
        figures = ItPaths.root().resolve("integration-tests/target/web-flow.tsv");
        Files.writeString(figures, "# machine: " + Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.arch") + ", Chromium "
                + "headless 390x844, server and browser on loopback; baseline: GET /api/health in the same browser\nlanguage\tpage\tbytes\tload ms\n");
        LocalDate today = LocalDate.now(VIETNAM);
        year = today.getYear();
        period = String.format("%d-%02d", today.getYear(), today.getMonthValue());
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.destroy();
            server.waitFor();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"vi, 21028, 6, tao-hon", "en, 21025, 4, tao-hon-en"})
    void submittedReturnedApprovedRolledUpAndReported(String lang, String commune, int couples, String report) throws Exception {
        boolean english = lang.equals("en");
        String submitter = "xa." + commune;
        String reviewer = "tinh.duyet." + lang;
        String password = english ? "a commune's long password" : "mật khẩu của phường";
        String reviewerPassword = english ? "the province's reviewer" : "người duyệt của tỉnh";
        try (Browser browser = new Browser(390, 844, lang, ItPaths.root().resolve("integration-tests/target/screenshots/flow-" + lang))) {
            // the floor of this run: the smallest answer the server gives, in the same browser
            browser.driver.get(base + "/api/health");
            long[] floor = browser.weightAndLoad();
            Files.writeString(figures, lang + "\tbaseline /api/health\t" + floor[0] + "\t" + floor[1] + "\n", StandardOpenOption.APPEND);

            // the administrator: people and the report source
            logIn(browser, "quantri", ADMIN_PASSWORD, "/admin");
            if (english) {
                // the switch comes back to the page it was pressed on
                browser.clickAndWait(browser.driver.findElement(By.cssSelector("form[action='/language'] button")), "/admin");
            }
            assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(lang);
            page(browser, lang, "admin");
            addUser(browser, submitter, english ? "Commune clerk" : "Cán bộ phường", "short", "submitter", commune, lang, "/admin/users");
            WebElement passwordField = browser.driver.findElement(By.id("add-password"));
            assertThat(passwordField.getAttribute("aria-invalid")).as("the short password said at its field").isEqualTo("true");
            assertThat(passwordField.getAttribute("aria-describedby")).isEqualTo("add-problem");
            assertThat(browser.driver.findElement(By.id("add-problem")).getText()).contains(english ? "at least" : "ít nhất");
            page(browser, lang, "admin-error");
            addUser(browser, submitter, english ? "Commune clerk" : "Cán bộ phường", password, "submitter", commune, lang, "/admin");
            assertThat(browser.driver.findElement(By.id("done")).getText()).isNotBlank();
            addUser(browser, reviewer, english ? "Province reviewer" : "Người duyệt của tỉnh", reviewerPassword, "reviewer", "51", lang, "/admin");
            assertThat(browser.driver.findElements(By.cssSelector("tr[data-login='" + reviewer + "']"))).hasSize(1);

            browser.driver.get(base + "/reports");
            page(browser, lang, "reports");
            browser.driver.findElement(By.id("name")).sendKeys(report);
            type(browser, browser.driver.findElement(By.id("source")), reportSource());
            browser.clickAndWait(browser.driver.findElement(By.cssSelector("form[action='/reports'] button[type=submit]")), "/reports/" + report);
            assertThat(browser.driver.findElement(By.id("saved")).getText()).contains("1");
            logOut(browser);

            // the submitter: a value refused at its cell, a rule's error at submit, then submitted
            logIn(browser, submitter, password, "/forms");
            assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(lang);
            page(browser, lang, "forms");
            String form = "/forms/child-marriage/" + commune + "/" + period;
            browser.clickAndWait(browser.driver.findElement(By.cssSelector("tr[data-program='child-marriage'][data-unit='" + commune + "'][data-period='" + period + "'] a")), form);
            page(browser, lang, "entry");
            cell(browser, "cell-CM_COUPLES", "-2");
            waitFor(browser, "the refused value said at its cell", () -> !message(browser, "cell-CM_COUPLES").isEmpty());
            assertThat(message(browser, "cell-CM_COUPLES")).contains("-2").contains("CM_COUPLES");
            assertThat(browser.driver.findElement(By.id("cell-CM_COUPLES")).getAttribute("aria-invalid")).isEqualTo("true");
            // the one request refused on purpose: the API answers a refused value 422, which the browser's console reports
            page(browser, lang, "entry-error", "/api/values/CM_COUPLES/" + commune + "/" + period + " - Failed to load resource: the server responded with a status of 422");
            cell(browser, "cell-CM_COUPLES", Integer.toString(couples + 1));
            cell(browser, "cell-CM_UNDERAGE_PERSONS-F", "1");
            cell(browser, "cell-CM_UNDERAGE_PERSONS-M", "1");
            waitForSaved(browser);
            assertThat(browser.driver.findElement(By.id("cell-CM_COUPLES")).getAttribute("aria-invalid")).isNull();
            // fewer persons than couples: the rule says so beside the cells as they are typed, before any submit
            waitFor(browser, "the rule's message at the cell", () -> !rules(browser, "cell-CM_UNDERAGE_PERSONS-F").isEmpty());
            assertThat(rules(browser, "cell-CM_COUPLES")).contains(english ? "fewer than" : "ít hơn");
            submit(browser, form + "/submit");
            // fewer persons than couples: the rule's error, linked to the cells it reads
            assertThat(browser.driver.findElement(By.id("problems")).getText()).contains(english ? "fewer than" : "ít hơn");
            assertThat(browser.driver.findElements(By.cssSelector("#problems a[href^='#cell-CM_UNDERAGE_PERSONS']"))).isNotEmpty();
            page(browser, lang, "entry-rule-error");
            cell(browser, "cell-CM_UNDERAGE_PERSONS-F", Integer.toString(couples));
            waitForSaved(browser);
            waitFor(browser, "the rule's message gone once the figures agree", () -> rules(browser, "cell-CM_COUPLES").isEmpty());
            submit(browser, form);
            assertThat(browser.driver.findElement(By.id("state")).getText()).isEqualTo(english ? "submitted" : "đã gửi");
            assertThat(browser.driver.findElements(By.cssSelector("input.cell"))).as("a submitted form is read only").isEmpty();
            logOut(browser);

            // the reviewer returns it with a reason
            logIn(browser, reviewer, reviewerPassword, "/review");
            browser.driver.get(base + "/review?program=child-marriage&period=" + period);
            WebElement line = browser.driver.findElement(By.cssSelector("tr[data-unit='" + commune + "']"));
            assertThat(line.getText()).contains(english ? "Submitted" : "Chờ duyệt");
            page(browser, lang, "review");
            String review = "/review/child-marriage/" + commune + "/" + period;
            browser.clickAndWait(line.findElement(By.cssSelector("a")), review);
            assertThat(browser.driver.findElement(By.id("cell-CM_COUPLES")).getText()).isEqualTo(Integer.toString(couples + 1));
            page(browser, lang, "review-submission");
            String reason = english ? "The couples do not match the civil register." : "Số cặp chưa khớp sổ hộ tịch.";
            browser.driver.findElement(By.id("reason")).sendKeys(reason);
            browser.clickAndWait(browser.driver.findElement(By.id("return")), review);
            assertThat(browser.driver.findElement(By.id("state")).getText()).isEqualTo(english ? "returned" : "bị trả lại");
            logOut(browser);

            // the submitter reads why, corrects, submits again
            logIn(browser, submitter, password, "/forms");
            WebElement row = browser.driver.findElement(By.cssSelector("tr[data-program='child-marriage'][data-unit='" + commune + "'][data-period='" + period + "']"));
            assertThat(row.getText()).contains(reason);
            page(browser, lang, "forms-returned");
            browser.clickAndWait(row.findElement(By.cssSelector("a")), form);
            assertThat(browser.driver.findElement(By.id("returned")).getText()).contains(reason);
            page(browser, lang, "entry-returned");
            cell(browser, "cell-CM_COUPLES", Integer.toString(couples));
            waitForSaved(browser);
            submit(browser, form);
            assertThat(browser.driver.findElement(By.id("state")).getText()).isEqualTo(english ? "submitted" : "đã gửi");
            logOut(browser);

            // the reviewer approves it from the dashboard, ticked with others if there were
            logIn(browser, reviewer, reviewerPassword, "/review");
            browser.driver.get(base + "/review?program=child-marriage&period=" + period);
            browser.driver.findElement(By.id("tick-" + commune)).click();
            browser.clickAndWait(browser.driver.findElement(By.id("approve-many")), "/review/approve");
            assertThat(browser.driver.findElement(By.id("results")).getText()).contains(english ? "Approved 1 of the 1" : "Đã duyệt 1 trên 1");
            assertThat(browser.driver.findElement(By.cssSelector("tr[data-unit='" + commune + "']")).getText()).contains(english ? "Approved" : "Đã duyệt");
            page(browser, lang, "review-approved");

            // the figures: the province's total, and the commune under it
            int total = english ? 6 + couples : couples;
            browser.driver.get(base + "/figures?program=child-marriage&indicator=CM_COUPLES&period=" + year);
            assertThat(browser.driver.findElement(By.cssSelector("#figures tr[data-unit='51'] td")).getText()).isEqualTo(Integer.toString(total));
            page(browser, lang, "figures");
            browser.clickAndWait(browser.driver.findElement(By.cssSelector("#figures tr[data-unit='51'] a")), "/figures");
            assertThat(browser.driver.findElement(By.cssSelector("#figures tr.total td")).getText()).isEqualTo(Integer.toString(total));
            assertThat(browser.driver.findElement(By.cssSelector("#figures tr[data-unit='" + commune + "'] td")).getText())
                    .isEqualTo(Integer.toString(couples));
            assertThat(browser.driver.findElements(By.cssSelector("svg.chart"))).hasSize(2);
            page(browser, lang, "figures-province");

            // the report: its live preview and the DOCX, both with the new total
            long asked = System.nanoTime();
            browser.driver.get(base + "/reports/" + report);
            String sentence = "Năm " + year + ", toàn tỉnh có " + total + " cặp tảo hôn.";
            WebDriverWait wait = new WebDriverWait(browser.driver, Duration.ofSeconds(30));
            wait.until(d -> {
                d.switchTo().frame("preview");
                try {
                    return d.findElement(By.tagName("body")).getText().contains(sentence);
                } finally {
                    d.switchTo().defaultContent();
                }
            });
            // the preview is written after the page has loaded: the time until its figure shows is kept apart
            long previewed = (System.nanoTime() - asked) / 1_000_000;
            Files.writeString(figures, lang + "\treport until its preview shows the figure\t\t" + previewed + "\n", StandardOpenOption.APPEND);
            page(browser, lang, "report");
            String docx = browser.driver.findElement(By.id("docx")).getAttribute("href");
            String cookie = browser.driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
            HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(docx)).header("Cookie", cookie).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(download.statusCode()).isEqualTo(200);
            Path kept = ItPaths.root().resolve("integration-tests/target/screenshots/flow-" + lang + "/" + report + ".docx");
            Files.write(kept, download.body());
            try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(download.body()))) {
                String text = document.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
                assertThat(text).contains(sentence);
            }
            browser.driver.get(base + "/audit?program=child-marriage&unit=" + commune);
            assertThat(browser.driver.findElements(By.cssSelector("#audit tbody tr")).size()).isGreaterThanOrEqualTo(6);
            page(browser, lang, "audit");
            logOut(browser);
        }
    }

    /** The agency's yearly report on child marriage, for this year, its figures from the server's approved values. */
    private static String reportSource() throws Exception {
        return Files.readString(ItPaths.root().resolve("docs/examples/so-lieu-tao-hon-2023/bao-cao.yaml"), StandardCharsets.UTF_8)
                .replace("period: 2023", "period: " + year).replace("2022/2023", Integer.toString(year))
                .replace("năm 2023", "năm " + year).replace("phase: 2021/2025", "phase: " + year + "/" + (year + 4))
                .replaceAll("(?s)\ndata:\n  - tao-hon-2022-2023.csv\n?", "\n");
    }

    private static void logIn(Browser browser, String login, String password, String landing) {
        browser.driver.get(base + "/login");
        browser.driver.findElement(By.id("login")).sendKeys(login);
        browser.driver.findElement(By.id("password")).sendKeys(password);
        browser.clickAndWait(browser.driver.findElement(By.cssSelector("form.stack button")), landing);
    }

    private static void logOut(Browser browser) {
        browser.clickAndWait(browser.driver.findElement(By.cssSelector("form[action='/logout'] button")), "/login");
    }

    private static void addUser(Browser browser, String login, String name, String password, String role, String unit, String lang,
                                String landing) {
        browser.driver.findElement(By.id("add-login")).clear();
        browser.driver.findElement(By.id("add-login")).sendKeys(login);
        browser.driver.findElement(By.id("add-name")).clear();
        browser.driver.findElement(By.id("add-name")).sendKeys(name);
        // the browser's own check of the length would stop the form: the server's message is the one under test
        browser.script("document.getElementById('add-password').removeAttribute('minlength')");
        browser.driver.findElement(By.id("add-password")).sendKeys(password);
        new Select(browser.driver.findElement(By.id("add-role"))).selectByValue(role);
        browser.driver.findElement(By.id("add-unit")).clear();
        browser.driver.findElement(By.id("add-unit")).sendKeys(unit);
        new Select(browser.driver.findElement(By.id("add-language"))).selectByValue(lang);
        browser.clickAndWait(browser.driver.findElement(By.id("add-user")), landing);
    }

    /** A long text into a field as if pasted. */
    private static void type(Browser browser, WebElement field, String text) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", field, text);
    }

    /** Types into a cell and leaves it, as a person does: the cell is saved as it is left. */
    private static void cell(Browser browser, String id, String value) {
        WebElement cell = browser.driver.findElement(By.id(id));
        cell.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        cell.sendKeys(value, Keys.TAB);
    }

    private static String message(Browser browser, String cell) {
        return browser.driver.findElement(By.id(cell + "-msg")).getText();
    }

    private static String rules(Browser browser, String cell) {
        return browser.driver.findElement(By.id(cell + "-rules")).getText();
    }

    private static void waitForSaved(Browser browser) {
        WebElement entry = browser.driver.findElement(By.id("entry"));
        String saved = entry.getAttribute("data-saved");
        waitFor(browser, "every cell saved", () -> browser.driver.findElement(By.id("save-state")).getText().equals(saved));
    }

    private static void submit(Browser browser, String form) {
        browser.clickAndWait(browser.driver.findElement(By.id("submit")), form);
    }

    private static void waitFor(Browser browser, String what, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).withMessage(what).until(d -> condition.getAsBoolean());
    }

    /** The checks every page passes, its figures kept and its screenshot taken. */
    private static void page(Browser browser, String lang, String name) throws Exception {
        page(browser, lang, name, null);
    }

    /** @param expected the one console error this page is to show (a request refused on purpose), or null */
    private static void page(Browser browser, String lang, String name, String expected) throws Exception {
        browser.screenshot(name);
        List<String> errors = browser.consoleErrors();
        if (expected != null) {
            assertThat(errors).as(name + ": the refused request").anyMatch(e -> e.contains(expected));
            errors = errors.stream().filter(e -> !e.contains(expected)).toList();
        }
        assertThat(errors).as(name + ": console errors").isEmpty();
        assertThat(browser.scrollsSideways()).as(name + ": sideways scrolling at 390 px").isFalse();
        assertThat(browser.seriousAccessibilityProblems()).as(name + ": serious accessibility problems (axe-core)").isEmpty();
        long[] measured = browser.weightAndLoad();
        assertThat(measured[2]).as(name + ": failed requests").isEqualTo(expected == null ? 0 : 1);
        assertThat(measured[0]).as(name + ": bytes transferred").isLessThanOrEqualTo(BUDGET_BYTES);
        Files.writeString(figures, lang + "\t" + name + "\t" + measured[0] + "\t" + measured[1] + "\n", StandardOpenOption.APPEND);
        System.out.printf("%s %s: %,d bytes, load %d ms%n", lang, name, measured[0], measured[1]);
    }
}
