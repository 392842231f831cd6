package vn.baocao.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The working pages over HTTP, on H2 and PostgreSQL: the entry form laid out from the indicators
 * with the period before, a rule's error at submit placed at its cell, the reviewer's dashboard and
 * decisions, the thread, the figures and their CSV, the report editor's check and preview, and the
 * administration page (people changed on the running server, deadline exceptions).
 */
class WorkPagesTest {
    private static final String PASSWORD = "mật khẩu đủ dài";
    private static final Path EXAMPLE = Path.of(System.getProperty("baocao.examples", "../docs/examples"), "so-lieu-tao-hon-2023", "bao-cao.yaml");

    static List<String> databases() {
        return TestServer.databases();
    }

    private static void put(TestServer.Client client, String indicator, String period, String categories, String value) throws Exception {
        TestServer.Answer answer = client.send("PUT", "/api/values/" + indicator + "/21028/" + period, "application/json",
                ("{\"value\": \"" + value + "\", \"categories\": " + categories + "}").getBytes(StandardCharsets.UTF_8), Map.of("If-Match", "\"0\""));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aFormIsEnteredReturnedApprovedAndSeenInTheFigures(String database, @TempDir Path folder) throws Exception {
        try (TestServer test = TestServer.start(database, folder)) {
            TestServer.Client clerk = test.loggedIn("xa.binhchau", PASSWORD, "submitter:21028");
            TestServer.Client reviewer = test.loggedIn("tinh.duyet", PASSWORD, "reviewer:51");
            String form = "/forms/child-marriage/21028/2026-01";

            test.clock.set(Instant.parse("2025-12-10T02:00:00Z"));
            put(clerk, "CM_COUPLES", "2025-12", "{}", "5");
            test.clock.set(TestServer.DURING_ENTRY);
            TestServer.Answer empty = clerk.get(form);
            assertThat(empty.status()).as(empty.body()).isEqualTo(200);
            // a grid for the indicators without categories and one by sex, each cell with the month before under it
            assertThat(empty.body()).contains("<caption>Số liệu</caption>", "<caption>Giới tính</caption>", "id=\"cell-CM_COUPLES\"",
                    "id=\"cell-CM_UNDERAGE_PERSONS-M\"", "id=\"cell-CM_UNDERAGE_PERSONS-F\"", "(cặp)", "tháng 12/2025: 5", "data-version=\"0\"",
                    "/assets/entry.js");

            put(clerk, "CM_COUPLES", "2026-01", "{}", "7");
            put(clerk, "CM_UNDERAGE_PERSONS", "2026-01", "{\"SEX\": \"F\"}", "2");
            TestServer.Answer refused = clerk.form(form + "/submit", "version", "0", "note", "");
            assertThat(refused.status()).isEqualTo(200);
            assertThat(refused.body()).contains("role=\"alert\"", "Số người tảo hôn (2) ít hơn số cặp tảo hôn (7).",
                    "href=\"#cell-CM_UNDERAGE_PERSONS-M\"", "data-version=\"1\"").doesNotContain("Exception");
            assertThat(clerk.get("/api/submissions/child-marriage/21028/2026-01").json().get("state").asString()).isEqualTo("DRAFT");
            // the same verdict, cell by cell, for the entry script after each save
            assertThat(clerk.get(form + "/checks").json().get("cells").get("cell-CM_UNDERAGE_PERSONS-M").get(0).asString())
                    .isEqualTo("Số người tảo hôn (2) ít hơn số cặp tảo hôn (7).");

            clerk.send("PUT", "/api/values/CM_UNDERAGE_PERSONS/21028/2026-01", "application/json",
                    "{\"value\": \"7\", \"categories\": {\"SEX\": \"F\"}}".getBytes(StandardCharsets.UTF_8), Map.of("If-Match", "\"1\""));
            TestServer.Answer submitted = clerk.form(form + "/submit", "version", "0", "note", "đã đối chiếu sổ hộ tịch");
            assertThat(submitted.status()).as(submitted.body()).isEqualTo(303);
            assertThat(clerk.get(form).body()).contains("đã gửi").doesNotContain("class=\"cell\"");
            assertThat(clerk.form(form + "/comments", "body", "Xin duyệt sớm.", "back", form).status()).isEqualTo(303);

            // the reviewer's dashboard: the province and its communes, the one submitted ticked to approve
            TestServer.Answer board = reviewer.get("/review?program=child-marriage&period=2026-01");
            assertThat(board.status()).as(board.body()).isEqualTo(200);
            assertThat(board.body()).contains("data-unit=\"21028\"", "Chờ duyệt: <strong>1</strong>", "id=\"tick-21028\"");
            assertThat(clerk.get("/review/child-marriage/21025/2026-01").status()).as("another commune's form").isEqualTo(403);
            TestServer.Answer opened = reviewer.get("/review/child-marriage/21028/2026-01");
            assertThat(opened.body()).contains("Xin duyệt sớm.", "Gửi duyệt", "id=\"approve\"", "xa.binhchau");
            TestServer.Answer noReason = reviewer.form("/review/child-marriage/21028/2026-01/return", "reason", " ");
            assertThat(noReason.status()).isEqualTo(200);
            assertThat(noReason.body()).contains("role=\"alert\"", "href=\"#reason\"");
            assertThat(reviewer.form("/review/child-marriage/21028/2026-01/return", "reason", "Thiếu số người tham dự.").status()).isEqualTo(303);
            assertThat(clerk.get("/forms").body()).contains("Bị trả lại: Thiếu số người tham dự.");
            assertThat(clerk.get(form).body()).contains("id=\"returned\"", "Thiếu số người tham dự.", "class=\"cell\"");
            assertThat(clerk.form(form + "/submit", "note", "đã bổ sung").status()).isEqualTo(303);
            TestServer.Answer approved = reviewer.form("/review/approve", "program", "child-marriage", "period", "2026-01", "unit", "21028");
            assertThat(approved.body()).contains("Đã duyệt 1 trên 1 đơn vị đã chọn.");

            // the figures of the year: the province's total, its communes, the CSV
            TestServer.Answer figures = reviewer.get("/figures?program=child-marriage&indicator=CM_COUPLES&period=2026&unit=51");
            assertThat(figures.status()).as(figures.body()).isEqualTo(200);
            assertThat(figures.body()).contains("<tr class=\"total\" data-unit=\"51\">", "<svg class=\"chart\"", "Phường Nghĩa Lộ");
            TestServer.Answer csv = reviewer.get("/figures.csv?program=child-marriage&indicator=CM_COUPLES&period=2026&unit=51");
            assertThat(csv.headers().get("content-type")).startsWith("text/csv");
            assertThat(csv.body()).contains("51,\"Tỉnh Quảng Ngãi\",CM_COUPLES,2026,7,2025,", "21028,\"Phường Nghĩa Lộ\",CM_COUPLES,2026,7,2025,");
            byte[] book = reviewer.bytes("/figures.xlsx?program=child-marriage&indicator=CM_COUPLES&period=2026&unit=51");
            try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(book))) {
                String sheet = "";
                for (java.util.zip.ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    if (e.getName().equals("xl/worksheets/sheet1.xml")) sheet = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
                // the province's total and the commune's value, as numbers
                assertThat(sheet).containsPattern("<c r=\"C4\"[^>]*><v>7(\\.0)?</v>");
                assertThat(java.util.regex.Pattern.compile("<c r=\"C[0-9]+\"[^>]*><v>7(\\.0)?</v>").matcher(sheet).results().count()).isEqualTo(2);
            }
            assertThat(clerk.get("/figures?program=child-marriage&indicator=CM_COUPLES&period=2026&unit=51").status())
                    .as("a commune's clerk does not read the province").isEqualTo(403);
            assertThat(reviewer.get("/audit?unit=21028").body()).contains("Duyệt", "Trả lại", "Thiếu số người tham dự.");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theExcelFormIsDownloadedAndAFilledFileUploadedBack(String database, @TempDir Path folder) throws Exception {
        try (TestServer test = TestServer.start(database, folder)) {
            TestServer.Client clerk = test.loggedIn("xa.binhchau", PASSWORD, "submitter:21028");
            String form = "/forms/child-marriage/21028/2026-01";
            assertThat(clerk.get(form).body()).contains("href=\"" + form + "/form.xlsx\"", "action=\"" + form + "/upload\"");
            TestServer.Answer xlsx = clerk.send("GET", form + "/form.xlsx", null, null, Map.of());
            assertThat(xlsx.status()).isEqualTo(200);
            assertThat(xlsx.headers().get("content-disposition")).contains("child-marriage-21028-2026-01.xlsx");
            byte[] workbook = clerk.bytes(form + "/form.xlsx");
            try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(workbook))) {
                java.util.Set<String> entries = new java.util.HashSet<>();
                for (java.util.zip.ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) entries.add(e.getName());
                assertThat(entries).contains("xl/workbook.xml");
            }

            String bad = "indicator,unit,period,value\nCM_COUPLES,21028,2026-01,-4\n";
            TestServer.Answer refused = clerk.multipart(form + "/upload", "values.csv", bad.getBytes(StandardCharsets.UTF_8));
            assertThat(refused.status()).isEqualTo(200);
            assertThat(refused.body()).contains("role=\"alert\"", "href=\"#upload-file\"", "2: ", "“-4”");
            String good = "indicator,unit,period,value\nCM_COUPLES,21028,2026-01,3\n";
            TestServer.Answer stored = clerk.multipart(form + "/upload", "values.csv", good.getBytes(StandardCharsets.UTF_8));
            assertThat(stored.headers().get("location")).isEqualTo(form + "?done=uploaded");
            assertThat(clerk.get(form + "?done=uploaded").body()).contains("Đã lưu số liệu trong tệp.", "value=\"3\"");

            // a cell emptied takes its value away (with the version it removes), audited with the value it had
            TestServer.Answer cleared = clerk.send("PUT", "/api/values/CM_COUPLES/21028/2026-01", "application/json",
                    "{\"value\": \"\", \"categories\": {}}".getBytes(StandardCharsets.UTF_8), Map.of("If-Match", "\"1\""));
            assertThat(cleared.status()).as(cleared.body()).isEqualTo(200);
            assertThat(cleared.json().get("cleared").asBoolean()).isTrue();
            assertThat(clerk.get(form).body()).contains("id=\"cell-CM_COUPLES\" class=\"cell\" inputmode=\"decimal\" autocomplete=\"off\" value=\"\"");
            assertThat(clerk.get("/api/audit?unit=21028").body()).contains("\"action\":\"value.clear\"", "\"old\":\"3\"");
            // a value typed with a decimal comma is read as one value, not as two fields of a line
            TestServer.Answer comma = clerk.send("PUT", "/api/values/CM_COUPLES/21028/2026-01", "application/json",
                    "{\"value\": \"1,5\", \"categories\": {}}".getBytes(StandardCharsets.UTF_8), Map.of("If-Match", "\"0\"", "X-Baocao-Hints", "page"));
            assertThat(comma.body()).doesNotContain("tiêu đề có").contains("1,5");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theReportEditorChecksPreviewsAndSavesVersions(String database, @TempDir Path folder) throws Exception {
        try (TestServer test = TestServer.start(database, folder)) {
            TestServer.Client agency = test.loggedIn("ban.dantoc", PASSWORD, "reviewer:51");
            String source = Files.readString(EXAMPLE, StandardCharsets.UTF_8).replace("period: 2023", "period: 2026").replace("2022/2023", "2026")
                    .replace("phase: 2021/2025", "phase: 2026/2030").replaceAll("(?s)\ndata:\n  - tao-hon-2022-2023.csv\n?", "\n");
            TestServer.Answer broken = agency.form("/reports", "name", "tao-hon", "source", source.replace("kind: THEMATIC", "kind: NO_SUCH_KIND"));
            assertThat(broken.status()).isEqualTo(200);
            assertThat(broken.body()).contains("role=\"alert\"", "tao-hon.yaml:", "NO_SUCH_KIND");
            assertThat(agency.get("/reports").body()).contains("Chưa có nguồn báo cáo nào.");

            TestServer.Answer saved = agency.form("/reports", "name", "tao-hon", "source", source);
            assertThat(saved.status()).as(saved.body()).isEqualTo(303);
            assertThat(saved.headers().get("location")).isEqualTo("/reports/tao-hon?done=saved&version=1");
            assertThat(agency.get("/reports/tao-hon").body()).contains("Đang xem phiên bản 1.", "kind: THEMATIC", "id=\"preview\"",
                    // laid out by its outline, each item taking the writer to its line
                    "Phần đầu văn bản", "<span class=\"label\">Số, ký hiệu:</span> 15/BC-BDT", "TÌNH HÌNH TẢO HÔN VÀ HÔN NHÂN CẬN HUYẾT THỐNG (tinh-hinh)", "Khối số liệu:</span> child-marriage.yearly-summary",
                    "<span class=\"label\">Chức vụ:</span> Trưởng Ban", "data-line=\"");
            TestServer.Answer preview = agency.form("/reports/tao-hon/preview", "source", source.replace("Nguyễn Văn A", "Trần Thị B"));
            assertThat(preview.headers().get("content-type")).as(preview.body()).startsWith("text/html");
            assertThat(preview.headers().get("content-security-policy")).as(preview.body()).contains("default-src 'none'");
            assertThat(preview.body()).contains("Trần Thị B", "Tình hình tảo hôn");
            assertThat(preview.headers().get("content-security-policy")).contains("default-src 'none'");
            assertThat(agency.form("/reports/tao-hon", "action", "save", "source", source.replace("Nguyễn Văn A", "Trần Thị B")).status()).isEqualTo(303);
            assertThat(agency.get("/api/reports/tao-hon/source").body()).contains("Trần Thị B");
            assertThat(agency.get("/reports").body()).contains("v2 (2 phiên bản)");
            TestServer.Answer clerkLooks = test.loggedIn("xa.binhchau", PASSWORD, "submitter:21028").get("/reports");
            assertThat(clerkLooks.status()).isEqualTo(403);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anAdministratorChangesPeopleOnTheRunningServerAndOpensEntryAgain(String database, @TempDir Path folder) throws Exception {
        try (TestServer test = TestServer.start(database, folder)) {
            TestServer.Client admin = test.loggedIn("quantri", PASSWORD, "administrator");
            TestServer.Client clerk = test.loggedIn("xa.binhchau", PASSWORD, "submitter:21028");
            assertThat(clerk.get("/admin").status()).isEqualTo(403);
            assertThat(admin.get("/admin").body()).contains("data-login=\"xa.binhchau\"", "Người nhập: Phường Nghĩa Lộ (21028)");

            TestServer.Answer badUnit = admin.form("/admin/users", "login", "xa.moi", "name", "Xã mới", "password", PASSWORD, "role", "submitter",
                    "unit", "99999", "language", "vi");
            assertThat(badUnit.status()).isEqualTo(200);
            assertThat(badUnit.body()).contains("Không có đơn vị hành chính mã 99999.", "id=\"add-problem\"", "value=\"xa.moi\"")
                    .containsPattern("id=\"add-unit\"[^>]*aria-invalid=\"true\"");
            assertThat(admin.form("/admin/users", "login", "xa.moi", "name", "Xã mới", "password", PASSWORD, "role", "submitter", "unit", "21025",
                    "language", "en").headers().get("location")).isEqualTo("/admin?done=added");
            TestServer.Client newcomer = test.client();
            assertThat(newcomer.login("xa.moi", PASSWORD).status()).isEqualTo(200);

            // disabled on the running server: their session stops at once
            assertThat(admin.form("/admin/users/disable", "login", "xa.binhchau").status()).isEqualTo(303);
            assertThat(clerk.get("/api/me").status()).isEqualTo(401);
            assertThat(admin.form("/admin/users/reset", "login", "xa.binhchau", "password", "ngắn").body()).contains("id=\"reset-problem\"");
            assertThat(admin.form("/admin/users/reset", "login", "xa.binhchau", "password", PASSWORD + " mới").status()).isEqualTo(303);
            assertThat(test.client().login("xa.binhchau", PASSWORD + " mới").status()).isEqualTo(200);

            // after the deadline of January, entry opened again for one commune
            test.clock.set(Instant.parse("2026-01-25T02:00:00Z"));
            TestServer.Answer early = admin.form("/admin/exceptions", "program", "child-marriage", "unit", "21028", "period", "2026-01",
                    "until", "2026-01-19", "reason", "mất điện");
            assertThat(early.body()).containsPattern("id=\"ex-until\"[^>]*aria-invalid=\"true\"");
            assertThat(admin.form("/admin/exceptions", "program", "child-marriage", "unit", "21028", "period", "2026-01", "until", "2026-01-31",
                    "reason", "mất điện cả tuần").status()).isEqualTo(303);
            assertThat(admin.get("/admin").body()).contains("mất điện cả tuần (quantri)");
            TestServer.Client back = test.client();
            back.login("xa.binhchau", PASSWORD + " mới");
            assertThat(back.get("/forms").body()).contains("được nhập đến hết ngày 31/01/2026");
        }
    }
}
