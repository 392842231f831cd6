package vn.baocao.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.core.Platform;
import vn.baocao.core.PlatformOptions;
import vn.baocao.core.i18n.Language;

/**
 * Drop-in plugins that need one another: a plugin whose module requires another drop-in's module is
 * loaded in a layer over it and may use its classes and indicators; a required plugin that is
 * missing, of the wrong version, or part of a circle is each reported with its own reason.
 */
class PluginDependenciesTest {

    @TempDir
    static Path dir;

    static Platform platform;

    @BeforeAll
    static void dropPlugins() throws IOException {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Path base = plugin("test.base", "base-one", "1.4.0", "", "",
                "context.addIndicator(Indicator.builder(test.base.api.Codes.HOUSEHOLDS).name(\"Số hộ\", \"Households\").unit(\"hộ\", \"households\").build());",
                "exports test.base.api;")
                .source("test/base/api/Codes.java", "package test.base.api;\n\npublic final class Codes {\n    public static final String HOUSEHOLDS = \"BASE_HOUSEHOLDS\";\n}\n")
                .writeTo(plugins.resolve("z-base.jar"));
        // named before the plugin it needs, so that the order comes from the requirement, not the names
        plugin("test.uses", "uses-base", "1.0.0", ".requires(\"base-one\", \">=1.0 & <2.0\")", "requires test.base;",
                "context.addProgramType(ProgramType.builder(\"uses-base\").name(\"Dùng\", \"Uses\").legalBasis(DECISION)"
                        + ".indicators(test.base.api.Codes.HOUSEHOLDS).build());", "")
                .against(base).writeTo(plugins.resolve("a-uses.jar"));
        plugin("test.newer", "wants-newer-base", "1.0.0", ".requires(\"base-one\", \">=2.0\")", "", "", "")
                .writeTo(plugins.resolve("b-newer.jar"));
        plugin("test.missing", "wants-missing", "1.0.0", ".requires(\"no-such-plugin\", \">=1.0\")", "", "", "")
                .writeTo(plugins.resolve("c-missing.jar"));
        plugin("test.cyclea", "cycle-a", "1.0.0", ".requires(\"cycle-b\", \">=1.0\")", "", "", "").writeTo(plugins.resolve("d-cycle-a.jar"));
        plugin("test.cycleb", "cycle-b", "1.0.0", ".requires(\"cycle-a\", \">=1.0\")", "", "", "").writeTo(plugins.resolve("e-cycle-b.jar"));
        Path nowhere = plugin("test.nowhere", "nowhere", "1.0.0", "", "", "", "exports test.nowhere;").writeTo(dir.resolve("nowhere.jar"));
        plugin("test.lost", "lost-module", "1.0.0", "", "requires test.nowhere;", "", "").against(nowhere).writeTo(plugins.resolve("f-lost.jar"));
        platform = Platform.start(PlatformOptions.defaults().withLocale(Language.ENGLISH).withPluginsFolder(plugins));
    }

    @Test
    void aPluginRequiringAnotherLoadsOverItAndUsesItsClassesAndIndicators() {
        assertThat(row("base-one").status()).isEqualTo(PluginStatus.LOADED);
        assertThat(row("uses-base").status()).as("%s", row("uses-base")).isEqualTo(PluginStatus.LOADED);
        assertThat(platform.registry().indicatorsOf("uses-base")).extracting(i -> i.code()).containsExactly("BASE_HOUSEHOLDS");
        LoadedPlugin uses = platform.registry().plugins().stream().filter(p -> p.descriptor().id().equals("uses-base")).findFirst().orElseThrow();
        LoadedPlugin base = platform.registry().plugins().stream().filter(p -> p.descriptor().id().equals("base-one")).findFirst().orElseThrow();
        assertThat(uses.module().getLayer().parents()).contains(base.module().getLayer());
    }

    @Test
    void aRequiredPluginOfTheWrongVersionIsReportedAsSuch() {
        PluginRecord newer = row("wants-newer-base");
        assertThat(newer.status()).isEqualTo(PluginStatus.INCOMPATIBLE);
        assertThat(render(newer)).isEqualTo("The plugin needs the plugin “base-one” at version >=2.0, but version 1.4.0 is loaded.");
    }

    @Test
    void aRequiredPluginThatIsNotThereIsReportedAsSuch() {
        assertThat(render(row("wants-missing"))).isEqualTo("The plugin needs the plugin “no-such-plugin” (>=1.0), which is not there.");
    }

    @Test
    void pluginsRequiringEachOtherAreEachRefusedNamingTheCircle() {
        assertThat(render(row("cycle-a"))).isEqualTo("The plugins require each other in a circle: cycle-a → cycle-b → cycle-a.");
        assertThat(row("cycle-b").reason().orElseThrow().key()).isEqualTo("plugin.requires.cycle");
    }

    @Test
    void aModuleNoEntryHasIsReportedWithTheModulesName() {
        PluginRecord lost = platform.pluginReport().stream().filter(r -> r.location().endsWith("f-lost.jar")).findFirst().orElseThrow();
        assertThat(lost.status()).isEqualTo(PluginStatus.FAILED);
        assertThat(render(lost)).contains("test.nowhere");
        assertThat(lost.reason().orElseThrow().key()).isEqualTo("plugin.requires.moduleNotFound");
    }

    private static PluginRecord row(String id) {
        return platform.pluginReport().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private static String render(PluginRecord row) {
        return row.reason().orElseThrow().render(platform.messagesIn(Locale.ENGLISH));
    }

    private static PluginJar plugin(String module, String id, String version, String requires, String moduleRequires, String contribution,
                                    String moduleExtra) {
        String pkg = module;
        return PluginJar.create()
                .source("module-info.java", """
                        module %1$s {
                            requires vn.baocao.api;
                            %3$s
                            %4$s
                            provides vn.baocao.api.spi.ProgramTypeProvider with %2$s.Plugin;
                        }
                        """.formatted(module, pkg, moduleRequires, moduleExtra))
                .source(pkg.replace('.', '/') + "/Plugin.java", """
                        package %1$s;

                        import vn.baocao.api.document.*;
                        import vn.baocao.api.indicator.*;
                        import vn.baocao.api.program.ProgramType;
                        import vn.baocao.api.spi.*;

                        public final class Plugin implements ProgramTypeProvider {
                            static final DocumentReference DECISION = new DocumentReference(DocumentType.QUYET_DINH,
                                    DocumentNumber.parse("12/QĐ-UBND"), java.time.LocalDate.of(2020, 1, 2), "Ủy ban nhân dân tỉnh", "ban hành");

                            public PluginDescriptor descriptor() {
                                return PluginDescriptor.builder("%2$s").name("Thử", "Test").version("%3$s").platformRange(">=0.1")%4$s.build();
                            }

                            public void contribute(ProgramContext context) {
                                %5$s
                            }
                        }
                        """.formatted(pkg, id, version, requires, contribution));
    }
}
