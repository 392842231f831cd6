package vn.baocao.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code baocao import} on the corpus of broken data files in {@code src/test/corpus/data} (CSV,
 * YAML, JSON and spreadsheets): for each, the exit code and the problem at the field to change, in
 * Vietnamese and in English, with nothing of Java or of a library in the text; a refused file stores
 * nothing, even beside a valid one in the same command; a valid file is stored whole. The expected
 * problems are listed in {@code expected.tsv}.
 */
class DataCorpusTest {
    private static final Path CORPUS = Path.of(System.getProperty("baocao.corpus", "src/test/corpus"), "data");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** What would show a Java class, a stack trace or a library's own wording. */

    /**
     * Values for every indicator, unit, period and category the corpus's good rows use, so that a
     * value a refused file had let through would show here as changed rather than new.
     */
    private static final List<String> COMPANION = List.of(
            "CM_COUPLES,21028,2026-01,,,7",
            "CM_COUPLES,21028,2026Q1,,,7",
            "CM_COUPLES,23293,2026-01,,,7",
            "CM_UNDERAGE_PERSONS,21028,2026-01,F,,7",
            "CM_UNDERAGE_PERSONS,21028,2026-01,M,,7",
            "TG_FISH_SAUCE,51,2023,,,7",
            "TG_ALLOCATION,51,2023,,,7",
            "TG_SALT,51,2023,,,7",
            "TG_PERSONS,51,2023,,,7",
            "TG_MSG,51,2023,,,7",
            "TG_HOUSEHOLDS,51,2023,,HRE,7");

    /** One line of {@code expected.tsv}. */
    record Case(String file, int exit, String code, int line, int column, String place, List<String> options) {

        static Case of(String[] f) {
            List<String> options = f[6].equals("-") ? List.of() : Arrays.asList(f[6].split(" "));
            return new Case(f[0], Integer.parseInt(f[1]), f[2], Integer.parseInt(f[3]), Integer.parseInt(f[4]), f[5], options);
        }

        String path() {
            return CORPUS.resolve(file).toString();
        }

        boolean valid() {
            return exit == ExitCodes.OK;
        }

        boolean atCell() {
            return place.contains("!");
        }

        boolean atPointer() {
            return place.startsWith("/");
        }

        /** {@code import}, the options given, then the files. */
        String[] args(List<String> before, String... files) {
            List<String> args = new ArrayList<>(List.of("import"));
            args.addAll(before);
            args.addAll(options);
            args.addAll(List.of(files));
            return args.toArray(String[]::new);
        }

        /** How the text output starts the problem's line: {@code file:line:column: }, {@code file: 'Sheet'!C5: } or {@code file: }. */
        String where() {
            if (atCell()) return path() + ": " + place + ": ";
            return line > 0 ? path() + ":" + line + ":" + column + ": " : path() + ": ";
        }
    }

    static Stream<Case> cases() throws IOException {
        return Files.readAllLines(CORPUS.resolve("expected.tsv"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> Case.of(line.split("\t")));
    }

    static Stream<Arguments> expectations() throws IOException {
        return cases().map(c -> Arguments.of(c.file(), c));
    }

    static Stream<Arguments> refused() throws IOException {
        return cases().filter(c -> !c.valid()).map(c -> Arguments.of(c.file(), c));
    }

    @Test
    void theCorpusHasAtLeastSixtyFiles() throws IOException {
        List<String> files = cases().map(Case::file).distinct().toList();
        assertThat(files).hasSizeGreaterThanOrEqualTo(60);
        assertThat(files).allSatisfy(f -> assertThat(CORPUS.resolve(f)).isRegularFile());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void eachFileGetsItsProblemAtTheFieldToChange(String file, Case c) {
        Run run = Run.of(c.args(List.of("--output", "json"), c.path()));

        assertThat(run.exitCode()).as(run.all()).isEqualTo(c.exit());
        JsonNode result = JSON.readTree(run.out()).get("files").get(0);
        JsonNode problems = result.get("problems");
        if (c.valid()) {
            assertThat(problems).as(run.out()).isEmpty();
            assertThat(result.get("stored").asBoolean()).isTrue();
            return;
        }
        assertThat(result.get("stored").asBoolean()).isFalse();
        assertThat(problems).as(run.out()).anySatisfy(p -> {
            assertThat(text(p.get("code"))).isEqualTo(c.code());
            assertThat(p.get("line").asInt()).isEqualTo(c.line());
            assertThat(p.get("column").asInt()).isEqualTo(c.column());
            assertThat(text(p.get("pointer"))).isEqualTo(c.atPointer() ? c.place() : "");
            assertThat(text(p.get("cell"))).isEqualTo(c.atCell() ? c.place() : "");
            assertThat(text(p.get("message"))).isNotBlank();
            assertThat(text(p.get("hint"))).isNotBlank();
        });
    }

    @ParameterizedTest(name = "{0} in both languages")
    @MethodSource("expectations")
    void messagesAreInTheUsersLanguageWithNothingOfJava(String file, Case c) {
        Run vi = Run.of(c.args(List.of(), c.path()));
        Run en = Run.of(c.args(List.of("--lang", "en"), c.path()));

        for (Run run : List.of(vi, en)) {
            assertThat(run.exitCode()).as(run.all()).isEqualTo(c.exit());
            Leaks.assertNone(run.all());
        }
        if (c.valid()) {
            assertThat(vi.out()).contains(c.path() + ": đã nhận ").doesNotContain("lỗi: ");
            assertThat(en.out()).contains(c.path() + ": took ").doesNotContain("error: ");
            return;
        }
        for (Run run : List.of(vi, en)) {
            assertThat(run.all()).doesNotContain(c.code() + " ");
            assertThat(run.out()).contains(c.where());
            if (c.atPointer()) assertThat(run.out()).contains("[" + c.place() + "]");
        }
        assertThat(vi.out()).contains(c.where() + "lỗi: ").contains("  gợi ý: ").contains(c.path() + ": không nhận: ");
        assertThat(en.out()).contains(c.where() + "error: ").contains("  hint: ").contains(c.path() + ": refused: ");
        assertThat(messageAfter(vi.out(), c.where() + "lỗi: ")).isNotEqualTo(messageAfter(en.out(), c.where() + "error: "));
    }

    @ParameterizedTest(name = "{0} beside a valid file")
    @MethodSource("refused")
    void aRefusedFileStoresNothingAndTheValidFileBesideItIsStored(String file, Case c, @TempDir Path dir) throws IOException {
        // a run for one program takes only that program's indicators
        List<String> rows = c.options().isEmpty() ? COMPANION
                : COMPANION.stream().filter(r -> r.startsWith("CM_")).collect(Collectors.toList());
        Path companion = dir.resolve("tao-hon-va-hang-tet.csv");
        Files.writeString(companion, "indicator,unit,period,sex,ethnic_group,value\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);

        Run run = Run.of(c.args(List.of("--output", "json"), c.path(), companion.toString()));

        JsonNode files = JSON.readTree(run.out()).get("files");
        assertThat(files).as(run.out()).hasSize(2);
        JsonNode broken = files.get(0);
        assertThat(text(broken.get("file"))).isEqualTo(c.path());
        assertThat(broken.get("stored").asBoolean()).isFalse();
        assertThat(broken.get("added").asInt() + broken.get("replaced").asInt() + broken.get("unchanged").asInt()).isZero();

        JsonNode valid = files.get(1);
        assertThat(valid.get("problems")).as(run.out()).isEmpty();
        assertThat(valid.get("stored").asBoolean()).isTrue();
        assertThat(valid.get("added").asInt()).as("every value of the valid file is new: the refused one left nothing").isEqualTo(rows.size());
        assertThat(valid.get("replaced").asInt()).isZero();
        assertThat(valid.get("unchanged").asInt()).isZero();
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? "" : node.asString();
    }

    /** The message printed after a problem's place and severity. */
    private static String messageAfter(String output, String start) {
        return output.lines().filter(l -> l.startsWith(start)).findFirst()
                .map(l -> l.substring(start.length()))
                .orElseThrow();
    }
}
