package vn.baocao.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each way lib/ can fail to start the platform, built from small module jars, and what the check
 * says of it: the jars by name and the fix, in the user's language, exit 2.
 */
class LauncherCheckTest {
    @TempDir
    Path home;

    private ModuleJars jars;

    private ModuleJars jars() throws IOException {
        if (jars == null) jars = new ModuleJars(home);
        return jars;
    }

    @Test
    void aLibThatResolvesPasses() throws IOException {
        jars().module("platform-core-0.2.0.jar", "vn.baocao.core", "0.2.0");
        jars().module("app-0.2.0.jar", "vn.baocao.app", "0.2.0", "vn.baocao.core");
        Result result = check();
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.err()).isEmpty();
    }

    @Test
    void twoVersionsOfAModuleAreNamedWithTheirJars() throws IOException {
        jars().module("platform-core-0.1.0.jar", "vn.baocao.core", "0.1.0");
        Files.move(jars().lib().resolve("platform-core-0.1.0.jar"), home.resolve("old-core.jar"));
        jars().module("platform-core-0.1.1.jar", "vn.baocao.core", "0.1.1");
        jars().module("app-0.1.1.jar", "vn.baocao.app", "0.1.1", "vn.baocao.core");
        // the old version's jar left beside the new ones, as unpacking over an installation leaves it
        Files.move(home.resolve("old-core.jar"), jars().lib().resolve("platform-core-0.1.0.jar"));

        Result result = check();
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).startsWith("lỗi: lib/ có 2 phiên bản của mô-đun vn.baocao.core: platform-core-0.1.0.jar (0.1.0), platform-core-0.1.1.jar (0.1.1).\n")
                .contains("gợi ý: Không giải nén bản mới đè lên bản cũ. Giải nén bản mới vào một thư mục trống")
                .doesNotContain("FindException").doesNotContain("java.lang");
        assertThat(check("--lang", "en").err()).startsWith("error: lib/ holds 2 versions of module vn.baocao.core: platform-core-0.1.0.jar (0.1.0), platform-core-0.1.1.jar (0.1.1).\n");
    }

    @Test
    void aModuleMissingIsNamedWithTheJarThatNeedsIt() throws IOException {
        jars().module("format-html-0.2.0.jar", "vn.baocao.format.html", "0.2.0");
        jars().module("format-pdf-0.2.0.jar", "vn.baocao.format.pdf", "0.2.0", "vn.baocao.format.html");
        jars().module("app-0.2.0.jar", "vn.baocao.app", "0.2.0", "vn.baocao.format.pdf");
        Files.delete(jars().lib().resolve("format-html-0.2.0.jar"));

        Result result = check("--lang=en");
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("""
                error: lib/format-pdf-0.2.0.jar (module vn.baocao.format.pdf) needs module vn.baocao.format.html, which lib/ lacks.
                  hint: Put the jar of vn.baocao.format.html from the distribution back into lib/, or remove lib/format-pdf-0.2.0.jar too if it is not needed.
                """);
        assertThat(check("--lang=en", "--debug").err()).contains("vn.baocao.format.html not found");
    }

    @Test
    void aPackageInTwoJarsIsNamedWithBoth() throws IOException {
        jars().plain("shared-lib.jar", "org.example.shared");
        jars().module("app-0.2.0.jar", "vn.baocao.app", "0.2.0", "shared.lib");
        // a second copy of the library under another name, dropped into lib/ later
        jars().plain("shared-copy.jar", "org.example.shared");

        Result result = check();
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).startsWith("lỗi: lib/shared-copy.jar và lib/shared-lib.jar cùng chứa gói org.example.shared;");
    }

    @Test
    void aFileThatIsNoJarIsNamed() throws IOException {
        jars().module("app-0.2.0.jar", "vn.baocao.app", "0.2.0");
        jars().file("hong.jar", "not a zip".getBytes(StandardCharsets.UTF_8));

        Result result = check();
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).startsWith("lỗi: lib/hong.jar không phải là một mô-đun Java đọc được.\n");
    }

    @Test
    void theLanguageComesFromTheInstallationsSettingsWhenTheCommandGivesNone() throws IOException {
        jars().module("platform-core-0.2.0.jar", "vn.baocao.core", "0.2.0");
        jars().module("app-0.2.0.jar", "vn.baocao.app", "0.2.0", "vn.baocao.core");
        Files.delete(jars().lib().resolve("platform-core-0.2.0.jar"));
        Files.createDirectories(home.resolve("conf"));
        Files.writeString(home.resolve("conf/baocao.properties"), "# defaults\nlanguage=en\n");
        assertThat(check().err()).startsWith("error: lib/app-0.2.0.jar (module vn.baocao.app) needs module vn.baocao.core");
        assertThat(LauncherCheck.run(new String[] {home.toString(), "render"}, new PrintStream(new ByteArrayOutputStream()), "vi")).isEqualTo(2);
    }

    private Result check(String... command) {
        String[] args = new String[command.length + 1];
        args[0] = home.toString();
        System.arraycopy(command, 0, args, 1, command.length);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = LauncherCheck.run(args, new PrintStream(err, true, StandardCharsets.UTF_8), null);
        return new Result(exit, err.toString(StandardCharsets.UTF_8));
    }

    private record Result(int exit, String err) {}
}
