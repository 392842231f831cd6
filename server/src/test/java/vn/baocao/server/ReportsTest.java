package vn.baocao.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Report sources kept by version, and their documents written from the approved values, on H2 and PostgreSQL. */
class ReportsTest {
    private static final String PASSWORD = "mật khẩu đủ dài";
    private static final Path EXAMPLE = Path.of(System.getProperty("baocao.examples", "../docs/examples"), "so-lieu-tao-hon-2023", "bao-cao.yaml");

    static List<String> databases() {
        return TestServer.databases();
    }

    /** The example report for 2026, its figures to come from the server rather than from its data file. */
    private static String source() throws Exception {
        return Files.readString(EXAMPLE, StandardCharsets.UTF_8).replace("period: 2023", "period: 2026").replace("2022/2023", "2026")
                .replace("phase: 2021/2025", "phase: 2026/2030")
                .replaceAll("(?s)\ndata:\n  - tao-hon-2022-2023.csv\n?", "\n");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aReportIsWrittenFromTheApprovedValuesAndSaysWhichItUsed(String database, @TempDir Path folder) throws Exception {
        try (TestServer test = TestServer.start(database, folder)) {
            test.addUser("xa.binhchau", PASSWORD, "submitter:21028");
            test.addUser("tinh.duyet", PASSWORD, "reviewer:51");
            TestServer.Client submitter = test.client();
            submitter.login("xa.binhchau", PASSWORD);
            TestServer.Client agency = test.client();
            agency.login("tinh.duyet", PASSWORD);

            assertThat(submitter.send("PUT", "/api/reports/tao-hon-2026", "application/yaml", source().getBytes(StandardCharsets.UTF_8), Map.of())
                    .status()).isEqualTo(403);
            TestServer.Answer first = agency.send("PUT", "/api/reports/tao-hon-2026", "application/yaml", source().getBytes(StandardCharsets.UTF_8), Map.of());
            assertThat(first.status()).as(first.body()).isEqualTo(201);
            assertThat(first.json().get("version").asInt()).isEqualTo(1);
            TestServer.Answer broken = agency.send("PUT", "/api/reports/tao-hon-2026", "application/yaml",
                    source().replace("programType: child-marriage", "programType: child-mariage").getBytes(StandardCharsets.UTF_8), Map.of());
            assertThat(broken.status()).isEqualTo(422);
            assertThat(broken.json().at("/error/conflicts/0/pointer").asString()).isEqualTo("/programs/0/programType");
            assertThat(broken.json().at("/error/conflicts/0/line").asInt()).isPositive();
            // the checker's words in the caller's language, whatever the server's own
            TestServer.Answer english = agency.send("PUT", "/api/reports/tao-hon-2026?lang=en", "application/yaml",
                    source().replace("programType: child-marriage", "programType: child-mariage").getBytes(StandardCharsets.UTF_8), Map.of());
            assertThat(english.json().at("/error/message").asString()).isEqualTo("The report source has one error: it was not stored.");
            assertThat(english.json().at("/error/conflicts/0/message").asString()).contains("child-mariage").doesNotContain("Không");
            assertThat(broken.json().at("/error/conflicts/0/message").asString()).startsWith("Không có loại chương trình “child-mariage”");
            assertThat(agency.get("/api/reports").json().get("reports")).hasSize(1);

            TestServer.Answer before = agency.get("/api/reports/tao-hon-2026/document?format=md");
            assertThat(before.status()).as(before.body()).isEqualTo(200);
            assertThat(before.headers().get("x-baocao-approved-values")).isEqualTo("0");

            submitter.post("/api/values", "application/json", """
                    {"values": [
                      {"indicator": "CM_COUPLES", "unit": "21028", "period": "2026-01", "value": 7},
                      {"indicator": "CM_UNDERAGE_PERSONS", "unit": "21028", "period": "2026-01", "categories": {"SEX": "F"}, "value": 7},
                      {"indicator": "CM_UNDERAGE_PERSONS", "unit": "21028", "period": "2026-01", "categories": {"SEX": "M"}, "value": 2}
                    ]}""", Map.of());
            String submission = "/api/submissions/child-marriage/21028/2026-01";
            assertThat(submitter.post(submission + "/submit", "application/json", "{\"note\": \"bảy cặp, đã đối chiếu sổ hộ tịch\"}", Map.of())
                    .status()).isEqualTo(200);
            // submitted is not approved: the document does not count it yet
            assertThat(agency.get("/api/reports/tao-hon-2026/document?format=md").headers().get("x-baocao-approved-values")).isEqualTo("0");
            assertThat(agency.post(submission + "/approve", "application/json", "{}", Map.of()).status()).isEqualTo(200);

            TestServer.Answer after = agency.get("/api/reports/tao-hon-2026/document?format=md");
            assertThat(after.headers().get("x-baocao-approved-values")).isEqualTo("3");
            assertThat(after.headers().get("x-baocao-approved-submissions")).isEqualTo("1");
            assertThat(after.headers().get("x-baocao-source-version")).isEqualTo("1");
            assertThat(before.body()).doesNotContain("Năm 2026, toàn tỉnh có");
            assertThat(after.body()).contains("Năm 2026, toàn tỉnh có 7 cặp tảo hôn.").contains("| Số người tảo hôn (chưa đủ tuổi kết hôn) | người | 9 |");

            TestServer.Answer docx = agency.get("/api/reports/tao-hon-2026/document?format=docx");
            assertThat(docx.status()).isEqualTo(200);
            assertThat(docx.headers().get("content-disposition")).contains("tao-hon-2026.docx");
            assertThat(agency.get("/api/reports/tao-hon-2026/document?format=odt").status()).isEqualTo(400);
            assertThat(agency.get("/api/reports/khong-co/document").status()).isEqualTo(404);
        }
    }
}
