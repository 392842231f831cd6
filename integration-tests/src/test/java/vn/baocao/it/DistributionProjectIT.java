package vn.baocao.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * An integrator's distribution project from the distribution archetype, with the commands of the
 * integrators' guide: generated, built, installed and used; built again without {@code clean} over
 * a jar an earlier version left; then the next version built and installed by the guide's upgrade
 * procedure, the installation's settings and drop-in plugin carried across. (One platform version is
 * built here, so the next version is the project's own, 2026.2; what the upgrade does to the
 * installation is the same.)
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DistributionProjectIT {
    private static final Path SEED = ItPaths.root().resolve("docs/examples/dan-van-kheo-2023/bao-cao.yaml");
    private static Path work;
    private static Path project;
    private static List<String> build;

    @BeforeAll
    static void generateAndBuildAsTheGuideSays() throws Exception {
        work = ItPaths.work("distribution-project");
        List<List<String>> commands = GuideMavenCommands.of("integrators.md").stream()
                .filter(c -> !c.contains("docs/examples/custom-distribution")).toList();
        assertThat(commands).as("the guide generates, then builds").hasSize(2);
        assertThat(commands.get(0)).contains("-DarchetypeVersion=" + ItPaths.version(), "-DartifactId=baocao-kon-tum");
        Maven.run(work, work.resolve("logs/mvn-generate.log"), commands.get(0).toArray(String[]::new));
        build = commands.get(1);
        Maven.run(work, work.resolve("logs/mvn-build-1.log"), build.toArray(String[]::new));
        project = work.resolve("baocao-kon-tum");
    }

    private static Installation built(String version) {
        return new Installation(project.resolve("target/baocao-kon-tum-" + version), work.resolve("logs"));
    }

    @Test
    @Order(1)
    void theProjectHoldsNoAssemblyDescriptorAndItsBuildRuns() throws Exception {
        try (var files = Files.walk(project)) {
            assertThat(files.filter(f -> f.toString().endsWith(".xml") && !f.startsWith(project.resolve("target"))).toList())
                    .containsExactly(project.resolve("pom.xml"));
        }
        Installation installation = built("2026.1");
        assertThat(installation.baocao("--version").output()).startsWith("Baocao – Ban Dân tộc tỉnh");
        Processes.Finished plugins = installation.baocao("plugins");
        assertThat(plugins.exitCode()).as(plugins.output()).isZero();
        assertThat(plugins.output()).contains("format-docx", "format-pdf", "child-marriage").doesNotContain("format-markdown", "format-json");
        Processes.Finished render = installation.baocao("render", SEED.toString(), "--format", "docx,pdf", "--out", work.resolve("out-1").toString());
        assertThat(render.exitCode()).as(render.output()).isZero();
        Processes.Finished doctor = installation.baocao("doctor");
        assertThat(doctor.exitCode()).as(doctor.output()).isZero();
        // the zip: one folder of its name, the launcher executable once unpacked
        Path zip = project.resolve("target/baocao-kon-tum-2026.1.zip");
        try (java.nio.file.FileSystem file = java.nio.file.FileSystems.newFileSystem(zip, java.util.Map.of("enablePosixFileAttributes", true))) {
            assertThat(Files.getPosixFilePermissions(file.getPath("baocao-kon-tum-2026.1/bin/baocao")))
                    .contains(java.nio.file.attribute.PosixFilePermission.OWNER_EXECUTE);
            assertThat(file.getPath("baocao-kon-tum-2026.1/MANIFEST.sha256")).exists();
            assertThat(file.getPath("baocao-kon-tum-2026.1/lib/format-markdown-" + ItPaths.version() + ".jar")).doesNotExist();
        }
    }

    @Test
    @Order(2)
    void aRebuildWithoutCleanLeavesNoJarOfAnEarlierBuild() throws Exception {
        Path lib = project.resolve("target/baocao-kon-tum-2026.1/lib");
        Files.copy(lib.resolve("platform-core-" + ItPaths.version() + ".jar"), lib.resolve("platform-core-0.1.0.jar"));
        Maven.run(work, work.resolve("logs/mvn-build-2.log"), build.toArray(String[]::new));
        assertThat(lib.resolve("platform-core-0.1.0.jar")).doesNotExist();
        assertThat(built("2026.1").baocao("--version").exitCode()).isZero();
    }

    @Test
    @Order(3)
    void theNextVersionIsInstalledByTheGuidesUpgradeAndKeepsTheSettingsAndTheDropIn() throws Exception {
        // version N installed, configured, with a drop-in plugin locked
        Path opt = Files.createDirectories(work.resolve("opt"));
        Installation old = new Installation(ItPaths.copy(project.resolve("target/baocao-kon-tum-2026.1"), opt.resolve("baocao-kon-tum-2026.1")),
                work.resolve("logs"));
        Files.writeString(old.home().resolve("conf/baocao.properties"), "report.place=Kon Tum\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Files.copy(ItPaths.root().resolve("platform-core/src/test/resources/vn/baocao/core/plugin/old-contract-plugin.jar"),
                old.home().resolve("plugins/old-contract-plugin.jar"));
        assertThat(old.baocao("plugins", "verify").exitCode()).isZero();
        assertThat(old.baocao("indicators").output()).contains("OLD_VISITS");

        // version N+1 built
        Path pom = project.resolve("pom.xml");
        Files.writeString(pom, Files.readString(pom).replaceFirst("<version>2026.1</version>", "<version>2026.2</version>"));
        Maven.run(work, work.resolve("logs/mvn-build-3.log"), build.toArray(String[]::new));

        // the guide: a new folder; conf/ and the drop-ins with their lock copied, not lib/, bin/ or lib/cds/
        Path next = ItPaths.copy(project.resolve("target/baocao-kon-tum-2026.2"), opt.resolve("baocao-kon-tum-2026.2"));
        Files.copy(old.home().resolve("conf/baocao.properties"), next.resolve("conf/baocao.properties"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        for (String folder : new String[] {"conf/rules", "conf/units", "conf/plugins"}) {
            ItPaths.delete(next.resolve(folder));
            ItPaths.copy(old.home().resolve(folder), next.resolve(folder));
        }
        Files.copy(old.home().resolve("plugins/old-contract-plugin.jar"), next.resolve("plugins/old-contract-plugin.jar"));
        Files.copy(old.home().resolve("plugins/plugins.lock"), next.resolve("plugins/plugins.lock"));

        Installation upgraded = new Installation(next, work.resolve("logs"));
        Processes.Finished doctor = upgraded.baocao("doctor");
        assertThat(doctor.exitCode()).as(doctor.output()).isZero();
        assertThat(doctor.output()).contains("· conf/baocao.properties khác bản gốc", "1 bổ sung").doesNotContain("✗");
        assertThat(Files.readString(next.resolve("conf/baocao.properties"))).contains("report.place=Kon Tum");
        assertThat(upgraded.baocao("indicators").output()).contains("OLD_VISITS");
        assertThat(upgraded.baocao("plugins", "verify").exitCode()).isZero();
        Processes.Finished render = upgraded.baocao("render", SEED.toString(), "--format", "docx", "--out", work.resolve("out-2").toString());
        assertThat(render.exitCode()).as(render.output()).isZero();
        // the old installation is untouched, the way back
        assertThat(old.baocao("doctor").exitCode()).isZero();
    }
}
