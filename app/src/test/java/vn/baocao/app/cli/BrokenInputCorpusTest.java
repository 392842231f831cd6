package vn.baocao.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code baocao validate} on the corpus of broken inputs in {@code src/test/corpus}: for each, the
 * exit code, and the problem at the right place with its message, in Vietnamese and in English,
 * with no stack trace. The expected problems are listed in {@code expected.tsv}.
 */
class BrokenInputCorpusTest {
    private static final Path CORPUS = Path.of(System.getProperty("baocao.corpus", "src/test/corpus"));
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Stream<Arguments> expectations() throws IOException {
        return Files.readAllLines(CORPUS.resolve("expected.tsv")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t"))
                .map(f -> Arguments.of(f[0], Integer.parseInt(f[1]), f[2], Integer.parseInt(f[3]), Integer.parseInt(f[4]), f[5]));
    }

    @Test
    void theCorpusHasAtLeastThirtyBrokenInputs() throws IOException {
        long files = expectations().map(a -> a.get()[0]).distinct().count();
        assertThat(files).isGreaterThanOrEqualTo(30);
    }

    @ParameterizedTest(name = "{0}: {2} at {3}:{4}")
    @MethodSource("expectations")
    void eachBrokenInputGetsItsProblemAtItsPlace(String file, int exit, String code, int line, int column, String pointer) {
        String path = CORPUS.resolve(file).toString();
        Run json = Run.of("validate", "--output", "json", path);

        assertThat(json.exitCode()).isEqualTo(exit);
        JsonNode problems = JSON.readTree(json.out()).get("files").get(0).get("problems");
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.get("code").asString()).isEqualTo(code);
            assertThat(p.get("line").asInt()).isEqualTo(line);
            assertThat(p.get("column").asInt()).isEqualTo(column);
            assertThat(p.get("pointer").asString()).isEqualTo(pointer.equals("-") ? "" : pointer);
        });
    }

    @ParameterizedTest(name = "{0} in both languages")
    @MethodSource("expectations")
    void messagesAreInTheUsersLanguageWithNoStackTrace(String file, int exit, String code, int line, int column, String pointer) {
        String path = CORPUS.resolve(file).toString();
        Run vi = Run.of("validate", path);
        Run en = Run.of("validate", "--lang", "en", path);

        for (Run run : List.of(vi, en)) {
            assertThat(run.exitCode()).isEqualTo(exit);
            assertThat(run.all()).doesNotContain(code + " ");
            Leaks.assertNone(run.all());
            String where = line > 0 ? path + ":" + line + ":" + column + ": " : path + ": ";
            assertThat(run.out()).contains(where);
        }
        assertThat(vi.out()).containsAnyOf("lỗi: ", "cảnh báo: ");
        assertThat(en.out()).containsAnyOf("error: ", "warning: ");
        assertThat(messageAt(vi.out(), path)).isNotEqualTo(messageAt(en.out(), path));
    }

    @Test
    void aFileOfFiftyMegabytesIsRefusedWithoutBeingRead(@TempDir Path dir) throws IOException {
        Path huge = dir.resolve("huge.yaml");
        try (Writer w = Files.newBufferedWriter(huge, StandardCharsets.UTF_8)) {
            String line = "# " + "Báo cáo sơ kết phong trào thi đua Dân vận khéo ".repeat(20) + "\n";
            long written = 0;
            while (written < 50L * 1024 * 1024) {
                w.write(line);
                written += line.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        Run run = Run.of("validate", "--output", "json", huge.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
        JsonNode problem = JSON.readTree(run.out()).get("files").get(0).get("problems").get(0);
        assertThat(problem.get("code").asString()).isEqualTo("file.tooLarge");
        assertThat(problem.get("message").asString()).contains("50.0").contains("2.0");
    }

    @Test
    void aFileThatIsNotThereIsAUsageError() {
        Run run = Run.of("validate", CORPUS.resolve("no-such-report.yaml").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).contains("Không có tệp này.");
    }

    @Test
    void everyFileIsCheckedAndTheWorstOutcomeDecidesTheExitCode() {
        Run run = Run.of("validate", CORPUS.resolve("valid-minimal.yaml").toString(), CORPUS.resolve("unknown-unit.yaml").toString(),
                CORPUS.resolve("empty.yaml").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.out()).contains("valid-minimal.yaml: hợp lệ").contains("unknown-unit.yaml: không hợp lệ").contains("empty.yaml: không hợp lệ");
    }

    @Test
    void aValidSourcePasses() {
        Run run = Run.of("validate", CORPUS.resolve("valid-minimal.yaml").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("hợp lệ (0 cảnh báo)");
    }

    /** The message text of the first problem line for a file, without its location and severity. */
    private static String messageAt(String output, String path) {
        return output.lines().filter(l -> l.startsWith(path + ":")).findFirst()
                .map(l -> l.substring(l.indexOf(": ", path.length() + 1) + 2))
                .orElseThrow();
    }
}
