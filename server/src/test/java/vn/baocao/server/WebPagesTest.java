package vn.baocao.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The pages over HTTP: login in Vietnamese or English, the CSRF token on every form, a submitter's forms with their deadlines. */
class WebPagesTest {
    private static final String PASSWORD = "mật khẩu đủ dài";

    static List<String> databases() {
        return TestServer.databases();
    }

    private static String form(String... pairs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            if (body.length() > 0) body.append('&');
            body.append(pairs[i]).append('=').append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    private static String csrf(String page) {
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as(page).isTrue();
        return m.group(1);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aSubmitterLogsInSeesTheirFormsWithDeadlinesAndSwitchesToEnglish(String database, @TempDir Path folder) throws Exception {
        try (TestServer test = TestServer.start(database, folder)) {
            test.addUser("xa.binhchau", PASSWORD, "submitter:21028");
            TestServer.Client browser = test.client();

            TestServer.Answer login = browser.get("/login");
            assertThat(login.status()).isEqualTo(200);
            assertThat(login.headers().get("content-type")).startsWith("text/html");
            assertThat(login.body()).contains("<html lang=\"vi\">", "Đăng nhập", "<label for=\"password\">Mật khẩu</label>");
            assertThat(login.headers().get("content-security-policy")).contains("default-src 'self'");
            assertThat(browser.get("/login?lang=en").body()).contains("<html lang=\"en\">", "Log in");

            TestServer.Answer wrong = browser.post("/login", "application/x-www-form-urlencoded", form("login", "xa.binhchau", "password", "sai"), Map.of());
            assertThat(wrong.status()).isEqualTo(200);
            assertThat(wrong.headers().get("set-cookie")).isNull();
            assertThat(wrong.body()).contains("role=\"alert\"", "aria-invalid=\"true\"", "value=\"xa.binhchau\"").doesNotContain("Exception");

            TestServer.Answer in = browser.post("/login", "application/x-www-form-urlencoded", form("login", "xa.binhchau", "password", PASSWORD), Map.of());
            assertThat(in.status()).isEqualTo(303);
            assertThat(in.headers().get("location")).isEqualTo("/forms");
            browser.takeCookie(in);

            // January 2026 on the 10th: open until the end of the 20th; December 2025 closed on the 20th of December
            TestServer.Answer forms = browser.get("/forms");
            assertThat(forms.status()).as(forms.body()).isEqualTo(200);
            assertThat(forms.body()).contains("Biểu mẫu của tôi", "data-program=\"child-marriage\" data-unit=\"21028\" data-period=\"2026-01\"",
                    "<time datetime=\"2026-01-20\">", "Quá hạn");
            assertThat(forms.body().indexOf("data-period=\"2025-12\"")).as("overdue first").isLessThan(forms.body().indexOf("data-period=\"2026-01\""));

            // a form posted without the session's token does nothing
            assertThat(browser.post("/language", "application/x-www-form-urlencoded", form("lang", "en", "csrf", "khong-dung"), Map.of()).status())
                    .isEqualTo(403);
            TestServer.Answer english = browser.post("/language", "application/x-www-form-urlencoded", form("lang", "en", "csrf", csrf(forms.body())),
                    Map.of());
            assertThat(english.status()).isEqualTo(303);
            assertThat(browser.get("/forms").body()).contains("<html lang=\"en\">", "My forms", "Overdue");
            // remembered for the person: the API answers them in English too
            assertThat(browser.get("/api/me").json().get("language").asString()).isEqualTo("en");

            test.clock.set(Instant.parse("2026-01-25T02:00:00Z"));
            assertThat(browser.get("/forms").body()).containsPattern("data-period=\"2026-01\"[\\s\\S]*Overdue");

            TestServer.Answer out = browser.post("/logout", "application/x-www-form-urlencoded", form("csrf", csrf(browser.get("/forms").body())), Map.of());
            assertThat(out.status()).isEqualTo(303);
            assertThat(browser.get("/forms").status()).isEqualTo(302);
            assertThat(browser.get("/no-such-page").body()).contains("<html lang=\"vi\">", "Không có trang này.");
            assertThat(browser.get("/assets/baocao.css").headers().get("content-type")).startsWith("text/css");
            assertThat(browser.get("/assets/..%2Fopenapi.json").status()).isEqualTo(404);
        }
    }
}
