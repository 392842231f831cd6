package vn.baocao.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every place a command cannot write to is one sentence naming the path the user gave, in
 * Vietnamese and in English, exit 2, with nothing written and what was there left as it was:
 * {@code render --out}, {@code template --out} and the lock of {@code plugins verify}.
 */
class OutputTargetsTest {
    private static final String SOURCE = "src/test/corpus/valid-minimal.yaml";
    private static final String[] TEMPLATE = {"template", "--program", "child-marriage", "--unit", "51", "--period", "2026", "--out"};

    @TempDir
    Path dir;

    /** How to make the place, the command given it, and what each language must say. */
    interface Setup {
        Path make(Path dir) throws IOException, InterruptedException;
    }

    static Stream<Arguments> targets() {
        List<Arguments> all = new ArrayList<>();
        all.add(render("a file as the folder", d -> Files.writeString(d.resolve("bao-cao"), "x"),
                "là một tệp, không phải thư mục", "is a file, not a folder"));
        all.add(render("a folder under a file", d -> Files.writeString(d.resolve("tep"), "x").resolve("con"),
                "một phần của đường dẫn là tệp", "part of the path is a file"));
        all.add(render("a pipe in a report file's place", d -> {
            fifo(d.resolve("valid-minimal.md"));
            return d;
        }, "thiết bị hoặc ống dẫn", "a device or a pipe"));
        all.add(render("a folder in a report file's place", d -> Files.createDirectories(d.resolve("valid-minimal.md")).getParent(),
                "thư mục trùng tên với tệp báo cáo", "a folder of the same name as a report file"));
        all.add(render("a device as the folder", d -> Path.of("/dev/null"), "là một tệp, không phải thư mục", "is a file, not a folder"));
        all.add(render("a folder the kernel does not let be made", d -> system("/sys/kernel", "baocao"),
                "Không được phép ghi vào thư mục", "is not allowed"));
        all.add(render("a folder that cannot be made", d -> system("/proc", "baocao"),
                "Không tạo được thư mục", "cannot be made"));
        all.add(template("a folder as the form", d -> Files.createDirectories(d.resolve("bieu.xlsx")),
                "là một thư mục: không ghi tệp", "is a folder: no file can be written"));
        all.add(template("a form under a file", d -> Files.writeString(d.resolve("tep"), "x").resolve("bieu.xlsx"),
                "một phần của đường dẫn là tệp", "part of the path is a file"));
        all.add(template("a pipe as the form", d -> fifo(d.resolve("bieu.xlsx")),
                "không phải là một tệp (là thiết bị hoặc ống dẫn)", "is not a file (a device or a pipe)"));
        all.add(template("a form the kernel does not let be written", d -> system("/sys/kernel", "bieu.xlsx"),
                "Không được phép ghi tệp", "No permission to write the file"));
        all.add(template("a form in a folder that takes no files", d -> system("/proc", "bieu.xlsx"),
                "Không tạo được tệp", "Cannot create the file"));
        return all.stream();
    }

    private static Arguments render(String name, Setup setup, String vi, String en) {
        return Arguments.of(name, setup, List.of("render", SOURCE, "--format", "docx,md", "--out"), vi, en);
    }

    private static Arguments template(String name, Setup setup, String vi, String en) {
        return Arguments.of(name, setup, List.of(TEMPLATE), vi, en);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void aPlaceThatCannotBeWrittenIsOneSentenceNamingIt(String name, Setup setup, List<String> command, String vi, String en)
            throws Exception {
        Path target = setup.make(dir);
        List<Path> before = listing(dir);
        for (String[] language : List.of(new String[] {"--lang", "vi"}, new String[] {"--lang", "en"})) {
            List<String> args = new ArrayList<>(List.of(language));
            args.addAll(command);
            args.add(target.toString());
            Run run = Run.of(args.toArray(String[]::new));

            assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).contains("“" + target).contains(language[1].equals("vi") ? vi : en);
            assertThat(run.err().lines().count()).as("one sentence and its hint").isEqualTo(2);
            Leaks.assertNone(run.all());
        }
        assertThat(listing(dir)).as("nothing written, nothing left behind").isEqualTo(before);
    }

    @Test
    void aPipeNamedLikeTheFormIsStillAPipe() throws Exception {
        Path pipe = fifo(dir.resolve("bieu.xlsx"));
        List<String> args = new ArrayList<>(List.of(TEMPLATE));
        args.add(pipe.toString());
        assertThat(Run.of(args.toArray(String[]::new)).exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(Files.isRegularFile(pipe, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.exists(pipe, LinkOption.NOFOLLOW_LINKS)).isTrue();
    }

    @Test
    void whatAKilledTemplateLeftIsClearedByTheNextOne() throws IOException {
        Path form = dir.resolve("bieu.xlsx");
        Path leftover = Files.writeString(dir.resolve(".bieu.xlsx." + UUID.randomUUID() + ".tmp"), "half a form");
        Path other = Files.writeString(dir.resolve("ghi-chu.txt"), "the user's own file");
        List<String> args = new ArrayList<>(List.of(TEMPLATE));
        args.add(form.toString());

        Run run = Run.of(args.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(leftover).doesNotExist();
        assertThat(other).hasContent("the user's own file");
        assertThat(listing(dir)).containsExactlyInAnyOrder(form, other);
    }

    @Test
    void aFolderWhereThePluginLockGoesIsRefusedAndLeftAsItIs() throws IOException {
        // a folder of the plugins folder is a plugin's folder: one with no module is refused, and no lock written
        Files.createDirectories(dir.resolve("plugins.lock"));
        Run vi = Run.of("plugins", "verify", "--plugins-dir", dir.toString());
        Run en = Run.of("--lang", "en", "plugins", "verify", "--plugins-dir", dir.toString());

        assertThat(vi.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(vi.out()).contains("plugins.lock: Thư mục plugin không có mô-đun nào.").contains("chưa ghi plugins.lock");
        assertThat(en.exitCode()).isEqualTo(ExitCodes.INVALID);
        Leaks.assertNone(vi.all());
        Leaks.assertNone(en.all());
        assertThat(dir.resolve("plugins.lock")).isDirectory().isEmptyDirectory();
    }

    @Test
    void aPipeWhereThePluginLockGoesIsNamed() throws Exception {
        Path lock = fifo(dir.resolve("plugins.lock"));
        Run vi = Run.of("plugins", "verify", "--plugins-dir", dir.toString());
        Run en = Run.of("--lang", "en", "plugins", "verify", "--plugins-dir", dir.toString());

        assertThat(vi.exitCode()).as(vi.all()).isEqualTo(ExitCodes.USAGE);
        assertThat(vi.err()).contains("“" + lock + "” có sẵn nhưng không phải là một tệp");
        assertThat(en.err()).contains("“" + lock + "” is there but is not a file");
        Leaks.assertNone(vi.all());
        Leaks.assertNone(en.all());
        assertThat(Files.isRegularFile(lock, LinkOption.NOFOLLOW_LINKS)).isFalse();
    }

    private static Path fifo(Path path) throws IOException, InterruptedException {
        Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
        return path;
    }

    /** A place under a system folder of Linux, where no process may write whatever its rights. */
    private static Path system(String folder, String name) {
        assumeTrue(Files.isDirectory(Path.of(folder)), folder + " is there");
        return Path.of(folder, name);
    }

    private static List<Path> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
