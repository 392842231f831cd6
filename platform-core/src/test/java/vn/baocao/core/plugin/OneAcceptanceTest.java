package vn.baocao.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.api.spi.ProgramTypeProvider;
import vn.baocao.core.Platform;
import vn.baocao.core.PlatformOptions;
import vn.baocao.core.i18n.Language;

/**
 * Each hole of the first contract, as a real plugin jar: dropped in a distribution's plugins folder
 * and given as an instance (the way the testkit loads the plugin under test), it is refused the same
 * way, with a message that names what to change.
 */
class OneAcceptanceTest {

    static Stream<Arguments> holes() {
        String indicator = "context.addIndicator(Indicator.builder(\"HOLE_HOUSEHOLDS\").name(\"Số hộ\", \"Households\").unit(\"hộ\", \"households\").build());";
        String rule = "DataRule.builder(\"hole.twice\").message(\"Hai lần.\", \"Twice.\").compare(\"#{HOLE_HOUSEHOLDS}\", Operator.GREATER_THAN_OR_EQUAL_TO, \"0\").build()";
        return Stream.of(
                Arguments.of("two data rules with one id", indicator + "context.addDataRule(" + rule + "); context.addDataRule(" + rule + ");",
                        "plugin.duplicateWithin", "The plugin registers the code “hole.twice” twice."),
                Arguments.of("a block with a built-in block's id", "context.addReportBlock(new Named(\"indicator-table\"));",
                        "plugin.conflict.builtInBlock", "has the id of one of the platform’s own blocks"),
                Arguments.of("a message key without the plugin's prefix", "context.addMessages(\"test.hole.messages\", Plugin.class::getResourceAsStream);",
                        "plugin.keyPrefix", "The message key “big” in test.hole.messages does not begin with “hole.”"),
                Arguments.of("a malformed indicator code",
                        "context.addIndicator(Indicator.builder(\"hole households\").name(\"Số hộ\", \"Households\").unit(\"hộ\", \"households\").build());",
                        "plugin.invalidRecord", "The plugin declares the indicator “hole households” wrongly at code"),
                Arguments.of("a program type naming an unknown indicator",
                        "context.addProgramType(ProgramType.builder(\"hole\").name(\"Lỗ\", \"Hole\").legalBasis(new DocumentReference(DocumentType.QUYET_DINH,"
                                + " DocumentNumber.parse(\"12/QĐ-UBND\"), java.time.LocalDate.of(2020, 1, 2), \"Ủy ban nhân dân tỉnh\", \"ban hành\"))"
                                + ".indicators(\"HOLE_NOWHERE\").build());",
                        "plugin.unknownIndicator", "The program type “hole” names the indicator “HOLE_NOWHERE”, which no plugin declares."),
                Arguments.of("a rule expanded over a breakdown its indicator lacks",
                        indicator + "context.addDataRule(DataRule.builder(\"hole.by-sex\").message(\"x\", \"x\")"
                                + ".compare(\"#{HOLE_HOUSEHOLDS}\", Operator.GREATER_THAN_OR_EQUAL_TO, \"0\").expandOver(\"SEX\").build());",
                        "plugin.ruleDoesNotCompile", "hole.by-sex"),
                Arguments.of("a bundle read from a package not opened", "context.addMessages(\"test.hole.messages\");",
                        "plugin.notOpen.bundle", "does not open package test.hole"),
                Arguments.of("a setting read but not declared",
                        "context.setting(Setting.decimal(\"ceiling\", \"1\", LocalizedText.of(\"Trần\", \"Ceiling\")));",
                        "plugin.settingUndeclared", "The plugin reads the setting “ceiling” without declaring it."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("holes")
    void aHoleIsRefusedTheSameWayInADistributionAndInTheTestkit(String what, String contribution, String key, String english,
                                                                @TempDir Path dir) throws IOException {
        Path jar = jar(dir.resolve("jar"), contribution);
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Files.copy(jar, plugins.resolve("hole.jar"));

        Platform distribution = Platform.start(PlatformOptions.defaults().withLocale(Language.ENGLISH).withPluginsFolder(plugins));
        PluginRecord dropped = distribution.pluginReport().stream().filter(r -> r.id().equals("hole")).findFirst().orElseThrow();

        Platform testkit = Platform.start(PlatformOptions.defaults().withLocale(Language.ENGLISH).withOnly(List.of(instanceFrom(jar))));
        PluginRecord given = testkit.pluginReport().stream().filter(r -> r.id().equals("hole")).findFirst().orElseThrow();

        assertThat(dropped.status()).isNotEqualTo(PluginStatus.LOADED).isEqualTo(given.status());
        assertThat(dropped.reason().orElseThrow().key()).isEqualTo(key).isEqualTo(given.reason().orElseThrow().key());
        // the same words, each naming where its plugin came from
        String reason = dropped.reason().orElseThrow().render(distribution.messagesIn(Locale.ENGLISH)).replace(dropped.location(), "…");
        assertThat(reason).contains(english)
                .isEqualTo(given.reason().orElseThrow().render(testkit.messagesIn(Locale.ENGLISH)).replace(given.location(), "…"));
        assertThat(dropped.hint()).isPresent();
        assertThat(distribution.registry().indicator("HOLE_HOUSEHOLDS")).isEmpty();
    }

    /** The provider of a jar, made in a layer of its own as a plugin's test would hold it. */
    private static ProgramTypeProvider instanceFrom(Path jar) {
        ModuleFinder finder = ModuleFinder.of(jar);
        Configuration configuration = ModuleLayer.boot().configuration().resolveAndBind(finder, ModuleFinder.of(), Set.of("test.hole"));
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration, ClassLoader.getSystemClassLoader());
        return ServiceLoader.load(layer, ProgramTypeProvider.class).stream()
                .filter(p -> p.type().getModule().getLayer() == layer).findFirst().orElseThrow().get();
    }

    private static Path jar(Path dir, String contribution) throws IOException {
        return PluginJar.create()
                .source("module-info.java", """
                        module test.hole {
                            requires vn.baocao.api;
                            provides vn.baocao.api.spi.ProgramTypeProvider with test.hole.Plugin;
                        }
                        """)
                .source("test/hole/Plugin.java", """
                        package test.hole;

                        import java.util.List;
                        import vn.baocao.api.document.*;
                        import vn.baocao.api.indicator.*;
                        import vn.baocao.api.program.ProgramType;
                        import vn.baocao.api.rule.*;
                        import vn.baocao.api.spi.*;
                        import vn.baocao.api.text.LocalizedText;

                        public final class Plugin implements ProgramTypeProvider {
                            public PluginDescriptor descriptor() {
                                return PluginDescriptor.builder("hole").name("Lỗ", "Hole").version("1.0.0").platformRange(">=0.1").build();
                            }

                            public void contribute(ProgramContext context) {
                                %s
                            }

                            record Named(String id) implements ReportBlock {
                                public LocalizedText name() {
                                    return LocalizedText.of("Khối", "Block");
                                }

                                public List<BlockContent> compute(BlockContext context) {
                                    return List.of();
                                }
                            }
                        }
                        """.formatted(contribution))
                .resource("test/hole/messages.properties", "big=Quá lớn.\n")
                .resource("test/hole/messages_en.properties", "big=Too large.\n")
                .writeTo(Files.createDirectories(dir).resolve("hole.jar"));
    }
}
