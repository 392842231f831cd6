package vn.baocao.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** The API as a client meets it, on H2 and on PostgreSQL. */
class ServerApiTest {
    private static final String PASSWORD = "mật khẩu đủ dài";
    private static final String BATCH = """
            {"values": [
              {"indicator": "CM_COUPLES", "unit": "21028", "period": "2026-01", "value": 3},
              {"indicator": "CM_UNDERAGE_PERSONS", "unit": "21028", "period": "2026-01", "categories": {"SEX": "F"}, "value": 2, "comment": "nữ dưới 18 tuổi"}
            ]}""";

    static java.util.List<String> databases() {
        return TestServer.databases();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void healthAndReadinessNeedNoLogin(String database, @TempDir Path folder) throws Exception {
        try (TestServer test = TestServer.start(database, folder)) {
            assertThat(test.client().get("/api/health").status()).isEqualTo(200);
            assertThat(test.client().get("/api/ready").json().get("status").asString()).isEqualTo("ready");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void withoutLoginTheAnswerSaysSoInTheCallersLanguage(String database, @TempDir Path folder) throws Exception {
        try (TestServer test = TestServer.start(database, folder)) {
            TestServer.Answer vi = test.client().get("/api/me");
            TestServer.Answer en = test.client().get("/api/me?lang=en");
            assertThat(vi.status()).isEqualTo(401);
            assertThat(vi.json().at("/error/message").asString()).isEqualTo("Cần đăng nhập.");
            assertThat(vi.json().at("/error/hint").asString()).contains("POST /api/session");
            assertThat(en.json().at("/error/message").asString()).isEqualTo("You need to log in.");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void wrongPasswordsAreRefusedThenTheAccountIsBlockedForAWhile(String database, @TempDir Path folder) throws Exception {
        try (TestServer test = TestServer.start(database, folder)) {
            test.addUser("xa.binhchau", PASSWORD, "submitter:21028");
            TestServer.Client client = test.client();
            for (int i = 0; i < LoginThrottle.PER_ACCOUNT; i++) {
                assertThat(client.login("xa.binhchau", "sai mật khẩu " + i).status()).isEqualTo(401);
            }
            // blocked now, even with the right password, and told when to try again
            TestServer.Answer blocked = client.login("xa.binhchau", PASSWORD);
            assertThat(blocked.status()).isEqualTo(429);
            assertThat(blocked.headers().get("retry-after")).isEqualTo("900");
            assertThat(blocked.json().at("/error/code").asString()).isEqualTo("auth.throttled");
            // another account from the same address is not blocked yet
            test.addUser("xa.binhhai", PASSWORD, "submitter:21031");
            assertThat(test.client().login("xa.binhhai", PASSWORD).status()).isEqualTo(200);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void behindTheInstallationsProxyEachCallerIsThrottledByTheirOwnAddress(String database, @TempDir Path folder) throws Exception {
        try (TestServer test = TestServer.start(database, folder, java.util.Set.of("127.0.0.1"))) {
            test.addUser("xa.binhchau", PASSWORD, "submitter:21028");
            TestServer.Client client = test.client();
            for (int i = 0; i < LoginThrottle.PER_ADDRESS; i++) {
                assertThat(login(client, "khong.co." + i, "sai", "10.0.0.1").status()).isEqualTo(401);
            }
            assertThat(login(client, "xa.binhchau", PASSWORD, "10.0.0.1").status()).isEqualTo(429);
            // the rest of the office, through the same proxy, is not blocked
            assertThat(login(client, "xa.binhchau", PASSWORD, "10.0.0.2").status()).isEqualTo(200);
            // nobody else can choose their address by writing the header: only the proxy's word counts
            try (TestServer direct = TestServer.start(database, folder.resolve("direct"))) {
                direct.addUser("xa.binhchau", PASSWORD, "submitter:21028");
                TestServer.Client other = direct.client();
                for (int i = 0; i < LoginThrottle.PER_ADDRESS; i++) login(other, "khong.co." + i, "sai", "10.0.0." + i);
                assertThat(login(other, "xa.binhchau", PASSWORD, "10.0.0.99").status()).isEqualTo(429);
            }
        }
    }

    private static TestServer.Answer login(TestServer.Client client, String login, String password, String forwardedFor) throws Exception {
        return client.send("POST", "/api/session", "application/json",
                ("{\"login\": \"" + login + "\", \"password\": \"" + password + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Map.of("X-Forwarded-For", forwardedFor));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aLoginOpensASessionInAnHttpOnlySameSiteCookie(String database, @TempDir Path folder) throws Exception {
        try (TestServer test = TestServer.start(database, folder)) {
            test.addUser("xa.binhchau", PASSWORD, "submitter:21028");
            TestServer.Client client = test.client();
            TestServer.Answer login = client.login("XA.BinhChau", PASSWORD);
            assertThat(login.status()).isEqualTo(200);
            assertThat(login.headers().get("set-cookie")).contains("HttpOnly").contains("SameSite=Strict");
            JsonNode me = client.get("/api/me").json();
            assertThat(me.get("login").asString()).isEqualTo("xa.binhchau");
            assertThat(me.get("roles").get(0).asString()).isEqualTo("submitter:21028");
            assertThat(client.send("DELETE", "/api/session", null, null, Map.of()).status()).isEqualTo(204);
            assertThat(client.get("/api/me").status()).isEqualTo(401);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aBatchIsStoredWholeWithItsValuesExactAndAudited(String database, @TempDir Path folder) throws Exception {
        try (TestServer test = TestServer.start(database, folder)) {
            test.addUser("xa.binhchau", PASSWORD, "submitter:21028");
            TestServer.Client client = test.client();
            client.login("xa.binhchau", PASSWORD);

            TestServer.Answer dry = client.post("/api/values?dryRun=true", "application/json", BATCH, Map.of());
            assertThat(dry.status()).as(dry.body()).isEqualTo(200);
            assertThat(dry.json().get("added").asInt()).isEqualTo(2);
            assertThat(count(test, "data_values")).isZero();

            TestServer.Answer stored = client.post("/api/values", "application/json", BATCH, Map.of());
            assertThat(stored.status()).as(stored.body()).isEqualTo(200);
            assertThat(stored.json().get("added").asInt()).isEqualTo(2);
            JsonNode values = client.get("/api/values?unit=21028").json().get("values");
            assertThat(values).hasSize(2);
            assertThat(values.get(0).get("value").asString()).isEqualTo("3");
            assertThat(values.get(1).get("categories").asString()).isEqualTo("SEX=F");
            assertThat(values.get(1).get("comment").asString()).isEqualTo("nữ dưới 18 tuổi");
            assertThat(values.get(1).get("version").asInt()).isEqualTo(1);
            assertThat(count(test, "audit WHERE action = 'value.set'")).isEqualTo(2);

            // the same batch again changes nothing and writes no audit entry
            assertThat(client.post("/api/values", "application/json", BATCH, Map.of()).json().get("unchanged").asInt()).isEqualTo(2);
            assertThat(count(test, "audit WHERE action = 'value.set'")).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aBatchWithOneBadValueIsRefusedWholeWithTheProblemAtItsPlace(String database, @TempDir Path folder) throws Exception {
        try (TestServer test = TestServer.start(database, folder)) {
            test.addUser("xa.binhchau", PASSWORD, "submitter:21028");
            TestServer.Client client = test.client();
            client.login("xa.binhchau", PASSWORD);
            String bad = BATCH.replace("\"value\": 2,", "\"value\": 1e400,");
            TestServer.Answer refused = client.post("/api/values?lang=en", "application/json", bad, Map.of());
            assertThat(refused.status()).isEqualTo(422);
            JsonNode conflict = refused.json().at("/error/conflicts/0");
            assertThat(conflict.get("pointer").asString()).isEqualTo("/values/1/value");
            assertThat(conflict.get("line").asInt()).isEqualTo(3);
            assertThat(conflict.get("message").asString()).isNotBlank().doesNotContain("Exception");
            assertThat(refused.json().at("/error/message").asString()).contains("no value was stored");
            assertThat(count(test, "data_values")).isZero();
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aSubmitterCannotWriteAnotherUnitAndNothingOfTheBatchIsStored(String database, @TempDir Path folder) throws Exception {
        try (TestServer test = TestServer.start(database, folder)) {
            test.addUser("xa.binhchau", PASSWORD, "submitter:21028");
            TestServer.Client client = test.client();
            client.login("xa.binhchau", PASSWORD);
            String mixed = BATCH.replace("\"unit\": \"21028\", \"period\": \"2026-01\", \"value\": 3", "\"unit\": \"23293\", \"period\": \"2026-01\", \"value\": 3");
            TestServer.Answer refused = client.post("/api/values", "application/json", mixed, Map.of());
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.json().at("/error/conflicts/0/unit").asString()).isEqualTo("23293");
            assertThat(refused.json().at("/error/conflicts/0/message").asString()).isEqualTo("Bạn không được nhập số liệu cho đơn vị 23293.");
            assertThat(count(test, "data_values")).isZero();
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aBrowserWriteWithoutItsCsrfTokenIsRefused(String database, @TempDir Path folder) throws Exception {
        try (TestServer test = TestServer.start(database, folder)) {
            test.addUser("xa.binhchau", PASSWORD, "submitter:21028");
            TestServer.Client client = test.client();
            client.login("xa.binhchau", PASSWORD);
            client.sendCsrf = false;
            TestServer.Answer refused = client.post("/api/values", "application/json", BATCH, Map.of());
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.json().at("/error/code").asString()).isEqualTo("auth.csrf");
            assertThat(count(test, "data_values")).isZero();
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aRetriedBatchWithItsKeyIsStoredOnceAndAKeyReusedForAnotherBatchIsRefused(String database, @TempDir Path folder) throws Exception {
        try (TestServer test = TestServer.start(database, folder)) {
            test.addUser("xa.binhchau", PASSWORD, "submitter:21028");
            TestServer.Client client = test.client();
            client.login("xa.binhchau", PASSWORD);
            Map<String, String> key = Map.of("Idempotency-Key", "lo-2026-01-xa-binh-chau");
            TestServer.Answer first = client.post("/api/values", "application/json", BATCH, key);
            // someone changes a value between the first send and the retry
            test.client();
            TestServer.Answer changed = client.post("/api/values", "application/json", BATCH.replace("\"value\": 3", "\"value\": 4"), Map.of());
            assertThat(changed.json().get("replaced").asInt()).isEqualTo(1);
            TestServer.Answer retry = client.post("/api/values", "application/json", BATCH, key);
            assertThat(retry.status()).isEqualTo(200);
            assertThat(retry.body()).isEqualTo(first.body());
            // the retry did not put the old value back
            assertThat(client.get("/api/values?indicator=CM_COUPLES").json().at("/values/0/value").asString()).isEqualTo("4");
            TestServer.Answer reused = client.post("/api/values", "application/json", BATCH.replace("\"value\": 3", "\"value\": 5"), key);
            assertThat(reused.status()).isEqualTo(422);
            assertThat(reused.json().at("/error/code").asString()).isEqualTo("idempotency.reused");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anApiTokenServesAMachineClientWithoutACookie(String database, @TempDir Path folder) throws Exception {
        try (TestServer test = TestServer.start(database, folder)) {
            test.addUser("xa.binhchau", PASSWORD, "submitter:21028");
            TestServer.Client browser = test.client();
            browser.login("xa.binhchau", PASSWORD);
            String token = browser.post("/api/tokens", "application/json", "{\"name\": \"phần mềm xã\"}", Map.of()).json().get("token").asString();
            TestServer.Client machine = test.client();
            machine.bearer = java.util.Optional.of(token);
            TestServer.Answer stored = machine.post("/api/values", "text/csv", "indicator,unit,period,value\nCM_COUPLES,21028,2026-02,5\n", Map.of());
            assertThat(stored.status()).as(stored.body()).isEqualTo(200);
            machine.bearer = java.util.Optional.of(token + "x");
            assertThat(machine.get("/api/me").status()).isEqualTo(401);
            // a disabled user's token stops at once
            machine.bearer = java.util.Optional.of(token);
            test.server.users().disable("xa.binhchau", new Actor("test", "local"));
            assertThat(machine.get("/api/me").status()).isEqualTo(401);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void hostileParametersAreAnsweredWithoutHarm(String database, @TempDir Path folder) throws Exception {
        try (TestServer test = TestServer.start(database, folder)) {
            test.addUser("quantri", PASSWORD, "administrator");
            TestServer.Client client = test.client();
            client.login("quantri", PASSWORD);
            client.post("/api/values", "application/json", BATCH, Map.of());
            String injection = java.net.URLEncoder.encode("21028' OR '1'='1", java.nio.charset.StandardCharsets.UTF_8);
            assertThat(client.get("/api/values?unit=" + injection).json().get("values")).isEmpty();
            assertThat(client.get("/api/values?limit=-1").status()).isEqualTo(400);
            assertThat(client.get("/api/values?limit=" + "9".repeat(40)).status()).isEqualTo(400);
            assertThat(client.get("/api/units?on=2026-13-45").status()).isEqualTo(400);
            assertThat(client.get("/api/units?under=" + injection).status()).isEqualTo(404);
            assertThat(client.login("quantri' --", "x").status()).isEqualTo(401);
            assertThat(client.post("/api/session", "application/json", "{\"login\": [1,2]", Map.of()).status()).isEqualTo(400);
            TestServer.Answer huge = client.send("POST", "/api/values", "application/json", new byte[ValueBatches.MAX_BYTES + 1], Map.of());
            assertThat(huge.status()).isEqualTo(413);
            assertThat(count(test, "data_values")).isEqualTo(2);
            assertThat(count(test, "users")).isEqualTo(1);
            assertThat(test.log).isEmpty();
        }
    }

    private static long count(TestServer test, String tableAndCondition) {
        return test.database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM " + tableAndCondition); ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    @org.junit.jupiter.api.Test
    void twoNodesOnOnePostgresqlServeTheSameUsersAndStoreARetriedBatchOnce(@TempDir Path folder) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(TestServer.databases().contains("postgresql"), "no PostgreSQL given");
        try (TestServer first = TestServer.start("postgresql", folder); TestServer second = first.secondNode()) {
            first.addUser("xa.binhchau", PASSWORD, "submitter:21028");
            TestServer.Client onFirst = first.client();
            onFirst.login("xa.binhchau", PASSWORD);
            TestServer.Client onSecond = onFirst.on(second);
            assertThat(onSecond.get("/api/me").json().get("login").asString()).isEqualTo("xa.binhchau");
            Map<String, String> key = Map.of("Idempotency-Key", "hai-nut-1");
            TestServer.Answer a = onFirst.post("/api/values", "application/json", BATCH, key);
            TestServer.Answer b = onSecond.post("/api/values", "application/json", BATCH, key);
            assertThat(b.body()).isEqualTo(a.body());
            assertThat(count(first, "audit WHERE action = 'value.set'")).isEqualTo(2);
            // a logout on one node ends the session on the other
            onSecond.send("DELETE", "/api/session", null, null, Map.of());
            assertThat(onFirst.get("/api/me").status()).isEqualTo(401);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aToolThatSpeaksDhis2PostsADataValueSetAndGetsDhis2sSummary(String database, @TempDir Path folder) throws Exception {
        try (TestServer test = TestServer.start(database, folder)) {
            test.addUser("xa.binhchau", PASSWORD, "submitter:21028");
            TestServer.Client client = test.client();
            client.login("xa.binhchau", PASSWORD);
            String set = """
                    {"period": "202601", "orgUnit": "21028", "dataValues": [
                      {"dataElement": "CM_COUPLES", "value": "3"},
                      {"dataElement": "CM_UNDERAGE_PERSONS", "categoryOptionCombo": "F", "value": "4", "comment": "nữ"},
                      {"dataElement": "CM_UNDERAGE_PERSONS", "period": "2026S1", "categoryOptionCombo": "M", "value": "1"}
                    ]}""";
            TestServer.Answer stored = client.post("/api/dataValueSets", "application/json", set, Map.of());
            assertThat(stored.status()).as(stored.body()).isEqualTo(200);
            assertThat(stored.json().get("status").asString()).isEqualTo("SUCCESS");
            assertThat(stored.json().at("/importCount/imported").asInt()).isEqualTo(3);
            assertThat(client.get("/api/values?period=2026H1").json().at("/values/0/categories").asString()).isEqualTo("SEX=M");

            TestServer.Answer refused = client.post("/api/dataValueSets", "application/json",
                    set.replace("\"value\": \"4\"", "\"value\": \"bốn\""), Map.of());
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.json().get("status").asString()).isEqualTo("ERROR");
            assertThat(refused.json().at("/conflicts/0/indexes/0").asInt()).isEqualTo(1);
            assertThat(refused.json().at("/conflicts/0/property").asString()).isEqualTo("value");
            assertThat(refused.json().at("/importCount/imported").asInt()).isZero();
            assertThat(count(test, "data_values")).isEqualTo(3);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aSpreadsheetUploadedAsAFormPartIsReadAsTheCommandLineReadsIt(String database, @TempDir Path folder) throws Exception {
        try (TestServer test = TestServer.start(database, folder)) {
            test.addUser("quantri", PASSWORD, "administrator");
            TestServer.Client client = test.client();
            client.login("quantri", PASSWORD);
            byte[] sheet = java.nio.file.Files.readAllBytes(Path.of(System.getProperty("baocao.corpus", "../app/src/test/corpus"), "data", "valid-xlsx.xlsx"));
            String boundary = "----baocao" + System.nanoTime();
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"so-lieu.xlsx\"\r\n"
                    + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            body.write(sheet);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            TestServer.Answer stored = client.send("POST", "/api/values", "multipart/form-data; boundary=" + boundary, body.toByteArray(), Map.of());
            assertThat(stored.status()).as(stored.body()).isEqualTo(200);
            assertThat(stored.json().get("added").asInt()).isEqualTo(3);
            assertThat(count(test, "data_values")).isEqualTo(3);
        }
    }
}
