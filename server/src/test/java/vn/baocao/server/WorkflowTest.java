package vn.baocao.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** Submit, approve, return, comment, edit with versions, the roll-up of approved values and the audit, on H2 and PostgreSQL. */
class WorkflowTest {
    private static final String PASSWORD = "mật khẩu đủ dài";
    private static final String SUBMISSION = "/api/submissions/child-marriage/21028/2026-01";
    /** Three couples and four persons married under age: within the program's rules. */
    private static final String GOOD = """
            {"values": [
              {"indicator": "CM_COUPLES", "unit": "21028", "period": "2026-01", "value": 3},
              {"indicator": "CM_UNDERAGE_PERSONS", "unit": "21028", "period": "2026-01", "categories": {"SEX": "F"}, "value": 3},
              {"indicator": "CM_UNDERAGE_PERSONS", "unit": "21028", "period": "2026-01", "categories": {"SEX": "M"}, "value": 1}
            ]}""";

    static List<String> databases() {
        return TestServer.databases();
    }

    private static TestServer.Client[] people(TestServer test) throws Exception {
        test.addUser("xa.binhchau", PASSWORD, "submitter:21028");
        test.addUser("tinh.duyet", PASSWORD, "reviewer:51");
        test.addUser("kontum.duyet", PASSWORD, "reviewer:62");
        TestServer.Client submitter = test.client();
        submitter.login("xa.binhchau", PASSWORD);
        TestServer.Client reviewer = test.client();
        reviewer.login("tinh.duyet", PASSWORD);
        TestServer.Client stranger = test.client();
        stranger.login("kontum.duyet", PASSWORD);
        return new TestServer.Client[] {submitter, reviewer, stranger};
    }

    @ParameterizedTest
    @MethodSource("databases")
    void submittedValuesAreLockedAndApprovedOnesCountInTheRollupAtOnce(String database, @TempDir Path folder) throws Exception {
        try (TestServer test = TestServer.start(database, folder)) {
            TestServer.Client[] p = people(test);
            TestServer.Client submitter = p[0], reviewer = p[1], stranger = p[2];
            assertThat(submitter.post("/api/values", "application/json", GOOD, Map.of()).status()).isEqualTo(200);
            assertThat(rollup(reviewer).at("/byProvince/51").isMissingNode()).isTrue();

            TestServer.Answer submitted = submitter.post(SUBMISSION + "/submit", "application/json", "{}", Map.of());
            assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
            assertThat(submitted.json().get("state").asString()).isEqualTo("SUBMITTED");
            assertThat(submitted.headers().get("etag")).isEqualTo("\"1\"");

            TestServer.Answer locked = submitter.post("/api/values", "application/json", GOOD.replace("\"value\": 3}", "\"value\": 4}"), Map.of());
            assertThat(locked.status()).isEqualTo(409);
            assertThat(locked.json().at("/error/code").asString()).isEqualTo("values.locked");

            assertThat(submitter.post(SUBMISSION + "/approve", "application/json", "{}", Map.of()).status()).isEqualTo(403);
            assertThat(stranger.post(SUBMISSION + "/approve", "application/json", "{}", Map.of()).status()).isEqualTo(403);
            // a reviewer acting on a state that has moved on is told so
            assertThat(reviewer.post(SUBMISSION + "/approve", "application/json", "{}", Map.of("If-Match", "\"0\"")).status()).isEqualTo(409);
            TestServer.Answer approved = reviewer.post(SUBMISSION + "/approve", "application/json", "{}", Map.of("If-Match", "\"1\""));
            assertThat(approved.json().get("state").asString()).isEqualTo("APPROVED");

            JsonNode total = rollup(reviewer);
            assertThat(total.at("/byProvince/51").asString()).isEqualTo("3");
            assertThat(total.at("/byCommune/21028").asString()).isEqualTo("3");
            assertThat(rollup(stranger).at("/byProvince/51").isMissingNode()).isTrue();
            // an indicator by sex adds up over its categories: 3 women and 1 man
            JsonNode persons = reviewer.get("/api/rollup?indicator=CM_UNDERAGE_PERSONS&period=2026-01").json();
            assertThat(persons.at("/byProvince/51").asString()).as(persons.toString()).isEqualTo("4");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void valuesBreakingAMandatoryRuleCannotBeSubmitted(String database, @TempDir Path folder) throws Exception {
        try (TestServer test = TestServer.start(database, folder)) {
            TestServer.Client submitter = people(test)[0];
            // two persons for three couples: fewer persons than couples
            submitter.post("/api/values", "application/json", GOOD.replace("\"SEX\": \"F\"}, \"value\": 3", "\"SEX\": \"F\"}, \"value\": 1"), Map.of());
            TestServer.Answer refused = submitter.post(SUBMISSION + "/submit", "application/json", "{}", Map.of());
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.json().at("/error/conflicts/0/rule").asString()).isEqualTo("child-marriage.persons-at-least-couples");
            assertThat(refused.json().at("/error/conflicts/0/message").asString()).contains("ít hơn số cặp tảo hôn");
            assertThat(submitter.get(SUBMISSION).json().get("state").asString()).isEqualTo("DRAFT");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aReturnNeedsAReasonAndOpensTheValuesAgain(String database, @TempDir Path folder) throws Exception {
        try (TestServer test = TestServer.start(database, folder)) {
            TestServer.Client[] p = people(test);
            TestServer.Client submitter = p[0], reviewer = p[1];
            submitter.post("/api/values", "application/json", GOOD, Map.of());
            submitter.post(SUBMISSION + "/submit", "application/json", "{}", Map.of());
            assertThat(reviewer.post(SUBMISSION + "/return", "application/json", "{}", Map.of()).status()).isEqualTo(422);
            TestServer.Answer returned = reviewer.post(SUBMISSION + "/return?lang=en", "application/json",
                    "{\"reason\": \"Số cặp tảo hôn chưa khớp sổ hộ tịch\"}", Map.of());
            assertThat(returned.json().get("state").asString()).isEqualTo("RETURNED");
            assertThat(returned.json().get("stateName").asString()).isEqualTo("returned");
            assertThat(submitter.get(SUBMISSION).json().get("reason").asString()).isEqualTo("Số cặp tảo hôn chưa khớp sổ hộ tịch");
            assertThat(submitter.post("/api/values", "application/json", GOOD.replace("\"value\": 1}", "\"value\": 2}"), Map.of()).status())
                    .isEqualTo(200);

            assertThat(submitter.post(SUBMISSION + "/comments", "application/json", "{\"body\": \"Đã sửa theo sổ hộ tịch.\"}", Map.of()).status())
                    .isEqualTo(201);
            JsonNode thread = reviewer.get(SUBMISSION + "/comments").json().get("comments");
            assertThat(thread).hasSize(1);
            assertThat(thread.get(0).get("author").asString()).isEqualTo("xa.binhchau");

            JsonNode audit = reviewer.get("/api/audit?unit=21028&program=child-marriage").json().get("entries");
            assertThat(audit).anySatisfy(e -> {
                assertThat(e.get("action").asString()).isEqualTo("submission.return");
                assertThat(e.get("old").asString()).isEqualTo("SUBMITTED");
                assertThat(e.get("new").asString()).isEqualTo("RETURNED");
                assertThat(e.get("reason").asString()).isEqualTo("Số cặp tảo hôn chưa khớp sổ hộ tịch");
                assertThat(e.get("user").asString()).isEqualTo("tinh.duyet");
            });
            // another province's reviewer sees none of it
            assertThat(people2(test).get("/api/audit?unit=21028").json().get("entries")).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void twoEditorsOfOneValueTheSecondIsToldAndNothingIsLost(String database, @TempDir Path folder) throws Exception {
        try (TestServer test = TestServer.start(database, folder)) {
            TestServer.Client first = people(test)[0];
            test.addUser("xa.binhchau2", PASSWORD, "submitter:21028");
            TestServer.Client second = test.client();
            second.login("xa.binhchau2", PASSWORD);
            first.post("/api/values", "application/json", GOOD, Map.of());
            String path = "/api/values/CM_COUPLES/21028/2026-01";
            TestServer.Answer saved = first.send("PUT", path, "application/json", "{\"value\": \"5\"}".getBytes(), Map.of("If-Match", "\"1\""));
            assertThat(saved.status()).as(saved.body()).isEqualTo(200);
            assertThat(saved.headers().get("etag")).isEqualTo("\"2\"");
            TestServer.Answer stale = second.send("PUT", path, "application/json", "{\"value\": \"6\"}".getBytes(), Map.of("If-Match", "\"1\""));
            assertThat(stale.status()).isEqualTo(409);
            assertThat(stale.json().at("/error/code").asString()).isEqualTo("values.stale");
            assertThat(stale.json().at("/current/value").asString()).isEqualTo("5");
            assertThat(second.send("PUT", path, "application/json", "{\"value\": \"6\"}".getBytes(), Map.of()).status()).isEqualTo(428);
            TestServer.Answer bad = second.send("PUT", path, "application/json", "{\"value\": \"6,5\"}".getBytes(), Map.of("If-Match", "\"2\""));
            assertThat(bad.status()).isEqualTo(422);
            assertThat(first.get("/api/values?indicator=CM_COUPLES").json().at("/values/0/value").asString()).isEqualTo("5");
        }
    }

    private static TestServer.Client people2(TestServer test) throws Exception {
        TestServer.Client stranger = test.client();
        stranger.login("kontum.duyet", PASSWORD);
        return stranger;
    }

    private static JsonNode rollup(TestServer.Client client) throws Exception {
        TestServer.Answer answer = client.get("/api/rollup?indicator=CM_COUPLES&period=2026");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void valuesRaisingAWarningAreSubmittedOnlyWithANoteWhichTheAuditKeeps(String database, @TempDir Path folder) throws Exception {
        try (TestServer test = TestServer.start(database, folder)) {
            TestServer.Client[] p = people(test);
            TestServer.Client submitter = p[0], reviewer = p[1];
            // eight couples in a month: more than the installation's rule lets through without a word
            submitter.post("/api/values", "application/json", GOOD.replace("\"value\": 3}", "\"value\": 8}")
                    .replace("\"SEX\": \"F\"}, \"value\": 3", "\"SEX\": \"F\"}, \"value\": 8"), Map.of());
            TestServer.Answer refused = submitter.post(SUBMISSION + "/submit?lang=en", "application/json", "{}", Map.of());
            assertThat(refused.status()).as(refused.body()).isEqualTo(422);
            assertThat(refused.json().at("/error/code").asString()).isEqualTo("submission.warningsNeedNote");
            assertThat(refused.json().at("/error/conflicts/0/rule").asString()).isEqualTo("test.couples-in-a-month");
            assertThat(refused.json().at("/error/conflicts/0/importance").asString()).isEqualTo("WARNING");
            assertThat(refused.json().at("/error/conflicts/0/message").asString()).contains("Child-marriage couples in the month (8)");
            TestServer.Answer submitted = submitter.post(SUBMISSION + "/submit", "application/json",
                    "{\"note\": \"Tám cặp: hai thôn mới sáp nhập\"}", Map.of());
            assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
            assertThat(reviewer.get("/api/audit?unit=21028").json().get("entries")).anySatisfy(e -> {
                assertThat(e.get("action").asString()).isEqualTo("submission.submit");
                assertThat(e.get("reason").asString()).isEqualTo("Tám cặp: hai thôn mới sáp nhập");
            });
        }
    }
}
