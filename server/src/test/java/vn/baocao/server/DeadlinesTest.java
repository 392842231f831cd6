package vn.baocao.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Entry closes at the end of the day the regime gives (Decree 09/2019: cut-off on the 14th, then
 * six days), in Vietnam's time; an administrator reopens it for one unit with a reason that the
 * audit keeps; and approval goes from the bottom up. On H2 and PostgreSQL.
 */
class DeadlinesTest {
    private static final String PASSWORD = "mật khẩu đủ dài";
    private static final String SUBMISSION = "/api/submissions/child-marriage/21028/2026-01";
    private static final String VALUES = """
            {"values": [
              {"indicator": "CM_COUPLES", "unit": "21028", "period": "2026-01", "value": 2},
              {"indicator": "CM_UNDERAGE_PERSONS", "unit": "21028", "period": "2026-01", "categories": {"SEX": "F"}, "value": 2}
            ]}""";
    /** 23:59:59 on 20 January in Vietnam (UTC+7): the last second of entry. */
    private static final Instant LAST_SECOND = Instant.parse("2026-01-20T16:59:59Z");
    private static final Instant NEXT_DAY = Instant.parse("2026-01-20T17:00:01Z");

    static List<String> databases() {
        return TestServer.databases();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void entryClosesAtTheEndOfTheDeadlineInVietnamAndAnAdministratorReopensItWithAReason(String database, @TempDir Path folder) throws Exception {
        try (TestServer test = TestServer.start(database, folder)) {
            TestServer.Client submitter = test.loggedIn("xa.binhchau", PASSWORD, "submitter:21028");
            TestServer.Client admin = test.loggedIn("quantri", PASSWORD, "administrator");
            TestServer.Client reviewer = test.loggedIn("tinh.duyet", PASSWORD, "reviewer:51");

            JsonNode before = submitter.get(SUBMISSION).json();
            assertThat(before.get("deadline").asString()).isEqualTo("2026-01-20");
            assertThat(before.get("entryOpen").asBoolean()).isTrue();

            // an exception that ends before the deadline changes nothing: refused
            assertThat(admin.post("/api/deadline-exceptions", "application/json", "{\"program\": \"child-marriage\", \"unit\": \"21028\","
                    + " \"period\": \"2026-01\", \"until\": \"2026-01-15\", \"reason\": \"sớm\"}", Map.of()).json().at("/error/code").asString())
                    .isEqualTo("deadline.notLater");
            // a comment longer than the database keeps is refused with its line, not a database fault
            TestServer.Answer longComment = submitter.post("/api/values", "application/json", VALUES.replace("\"value\": 2}",
                    "\"value\": 2, \"comment\": \"" + "x".repeat(2001) + "\"}"), Map.of());
            assertThat(longComment.status()).as(longComment.body()).isEqualTo(422);
            assertThat(longComment.json().at("/error/conflicts/0/message").asString()).contains("2001", "2000");
            // the state of an unknown unit is not a draft, and a stranger does not read it
            assertThat(submitter.get("/api/submissions/child-marriage/99999/2026-01").status()).isEqualTo(404);
            TestServer.Client stranger = test.loggedIn("xa.khac", PASSWORD, "submitter:21034");
            assertThat(stranger.get(SUBMISSION).status()).isEqualTo(403);

            test.clock.set(LAST_SECOND);
            assertThat(submitter.post("/api/values", "application/json", VALUES, Map.of()).status()).isEqualTo(200);

            test.clock.set(NEXT_DAY);
            assertThat(submitter.get(SUBMISSION).json().get("entryOpen").asBoolean()).isFalse();
            TestServer.Answer late = submitter.post("/api/values", "application/json", VALUES.replace("\"value\": 2}", "\"value\": 3}"), Map.of());
            assertThat(late.status()).as(late.body()).isEqualTo(409);
            assertThat(late.json().at("/error/code").asString()).isEqualTo("values.pastDeadline");
            assertThat(late.json().at("/error/conflicts/0/deadline").asString()).isEqualTo("2026-01-20");
            assertThat(late.json().at("/error/conflicts/0/message").asString()).contains("CM_COUPLES", "21028", "2026-01", "2026-01-20");
            TestServer.Answer edit = submitter.send("PUT", "/api/values/CM_COUPLES/21028/2026-01", "application/json",
                    "{\"value\": \"5\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of("If-Match", "\"1\""));
            assertThat(edit.status()).isEqualTo(409);
            TestServer.Answer submit = submitter.post(SUBMISSION + "/submit", "application/json", "{}", Map.of("Accept-Language", "en"));
            assertThat(submit.status()).isEqualTo(409);
            assertThat(submit.json().at("/error/code").asString()).isEqualTo("submission.pastDeadline");
            // nothing of the refused batch was stored
            assertThat(submitter.get("/api/values?unit=21028&indicator=CM_COUPLES").body()).contains("\"value\":\"2\"").doesNotContain("\"value\":\"3\"");

            String exception = "{\"program\": \"child-marriage\", \"unit\": \"21028\", \"period\": \"2026-01\", \"until\": \"2026-01-23\","
                    + " \"reason\": \"Xã bị ngập, mất điện từ ngày 12\"}";
            assertThat(reviewer.post("/api/deadline-exceptions", "application/json", exception, Map.of()).status()).isEqualTo(403);
            assertThat(admin.post("/api/deadline-exceptions", "application/json", exception.replace("Xã bị ngập, mất điện từ ngày 12", " "), Map.of())
                    .json().at("/error/code").asString()).isEqualTo("deadline.reasonRequired");
            assertThat(admin.post("/api/deadline-exceptions", "application/json", exception.replace("2026-01-23", "2026-01-19"), Map.of())
                    .json().at("/error/code").asString()).isEqualTo("deadline.untilPast");
            TestServer.Answer granted = admin.post("/api/deadline-exceptions", "application/json", exception, Map.of());
            assertThat(granted.status()).as(granted.body()).isEqualTo(201);
            assertThat(granted.json().get("until").asString()).isEqualTo("2026-01-23");

            assertThat(submitter.get(SUBMISSION).json().get("exceptionUntil").asString()).isEqualTo("2026-01-23");
            assertThat(submitter.post("/api/values", "application/json", VALUES.replace("\"value\": 2}", "\"value\": 3}"), Map.of()).status())
                    .isEqualTo(200);
            assertThat(submitter.post(SUBMISSION + "/submit", "application/json", "{}", Map.of()).status()).isEqualTo(200);
            JsonNode audit = admin.get("/api/audit?unit=21028&program=child-marriage").json().get("entries");
            assertThat(audit).anySatisfy(e -> {
                assertThat(e.get("action").asString()).isEqualTo("deadline.exception");
                assertThat(e.get("user").asString()).isEqualTo("quantri");
                assertThat(e.get("old").asString()).isEqualTo("2026-01-20");
                assertThat(e.get("new").asString()).isEqualTo("2026-01-23");
                assertThat(e.get("reason").asString()).isEqualTo("Xã bị ngập, mất điện từ ngày 12");
            });
            assertThat(submitter.get("/api/deadline-exceptions?unit=21028").json().get("exceptions")).hasSize(1);

            // returned after the exception ran out: closed again
            reviewer.post(SUBMISSION + "/return", "application/json", "{\"reason\": \"Thiếu số nam\"}", Map.of());
            test.clock.set(Instant.parse("2026-01-23T17:00:01Z"));
            assertThat(submitter.post("/api/values", "application/json", VALUES, Map.of()).status()).isEqualTo(409);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aProvinceIsApprovedOnlyAfterTheCommunesUnderItThatReported(String database, @TempDir Path folder) throws Exception {
        try (TestServer test = TestServer.start(database, folder)) {
            TestServer.Client commune = test.loggedIn("xa.binhchau", PASSWORD, "submitter:21028");
            TestServer.Client province = test.loggedIn("tinh.nhap", PASSWORD, "submitter:51");
            TestServer.Client reviewer = test.loggedIn("tinh.duyet", PASSWORD, "reviewer:51");

            assertThat(commune.post("/api/values", "application/json", VALUES, Map.of()).status()).isEqualTo(200);
            assertThat(commune.post(SUBMISSION + "/submit", "application/json", "{}", Map.of()).status()).isEqualTo(200);
            assertThat(province.post("/api/values", "application/json", VALUES.replace("21028", "51"), Map.of()).status()).isEqualTo(200);
            String provinceSubmission = "/api/submissions/child-marriage/51/2026-01";
            assertThat(province.post(provinceSubmission + "/submit", "application/json", "{}", Map.of()).status()).isEqualTo(200);

            // the commune that reported is still waiting; the communes with nothing do not hold the province up
            TestServer.Answer early = reviewer.post(provinceSubmission + "/approve", "application/json", "{}", Map.of());
            assertThat(early.status()).as(early.body()).isEqualTo(409);
            assertThat(early.json().at("/error/code").asString()).isEqualTo("submission.belowNotApproved");
            assertThat(early.json().at("/error/conflicts")).hasSize(1);
            assertThat(early.json().at("/error/conflicts/0/unit").asString()).isEqualTo("21028");
            assertThat(early.json().at("/error/conflicts/0/state").asString()).isEqualTo("SUBMITTED");

            assertThat(reviewer.post(SUBMISSION + "/approve", "application/json", "{}", Map.of()).status()).isEqualTo(200);
            TestServer.Answer approved = reviewer.post(provinceSubmission + "/approve", "application/json", "{}", Map.of());
            assertThat(approved.status()).as(approved.body()).isEqualTo(200);
            assertThat(approved.json().get("state").asString()).isEqualTo("APPROVED");
        }
    }
}
