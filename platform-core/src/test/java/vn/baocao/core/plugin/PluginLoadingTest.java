package vn.baocao.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.core.Platform;
import vn.baocao.core.PlatformOptions;
import vn.baocao.core.i18n.Language;
import vn.baocao.core.i18n.Messages;

/**
 * Real plugin jars, compiled at test time, dropped together into one {@code plugins/} folder: the
 * good ones load in layers of their own beside the bad ones, and each bad one is refused with a
 * reason and the fix.
 */
class PluginLoadingTest {

    @TempDir
    static Path plugins;

    static Platform platform;

    @BeforeAll
    static void dropPluginsAndStart() throws Exception {
        TestPlugins.good(plugins);
        TestPlugins.incompatible(plugins);
        TestPlugins.conflicting(plugins);
        TestPlugins.plain(plugins);
        TestPlugins.closedBundle(plugins);
        TestPlugins.closedValidator(plugins);
        TestPlugins.uncompilableRule(plugins);
        TestPlugins.broken(plugins);
        TestPlugins.duplicateId(plugins);
        TestPlugins.withLibrary(plugins);
        TestPlugins.shadowingApi(plugins);
        TestPlugins.madeValidator(plugins);
        platform = Platform.start(PlatformOptions.defaults().withPluginsFolder(plugins));
    }

    @Test
    void testsRunInsideTheNamedCoreModule() {
        assertThat(getClass().getModule().isNamed()).isTrue();
        assertThat(getClass().getModule().getName()).isEqualTo("vn.baocao.core");
    }

    @Test
    void aGoodPluginLoadsInALayerOfItsOwn() {
        PluginRecord good = row("good-one", "a-good.jar");
        assertThat(good.status()).isEqualTo(PluginStatus.LOADED);
        assertThat(good.module()).contains("test.good");
        assertThat(good.version()).contains("1.2.3");
        LoadedPlugin loaded = platform.registry().plugins().stream().filter(p -> p.descriptor().id().equals("good-one")).findFirst().orElseThrow();
        assertThat(loaded.module().getLayer()).isNotNull().isNotSameAs(ModuleLayer.boot());
        assertThat(platform.registry().indicator("GOOD_COUPLES")).isPresent();
        assertThat(platform.registry().programType("good-one")).isPresent();
    }

    @Test
    void aPluginWithItsPrivateLibraryInAFolderLoadsAsOneLayer() {
        assertThat(row("uses-library", "plugin.jar").status()).isEqualTo(PluginStatus.LOADED);
        assertThat(platform.registry().indicator("LIBRARY_SESSIONS")).isPresent();
    }

    @Test
    void aPluginForAnotherPlatformVersionIsReportedIncompatible() {
        PluginRecord future = row("future", "b-future.jar");
        assertThat(future.status()).isEqualTo(PluginStatus.INCOMPATIBLE);
        assertThat(render(future.reason())).contains(">=9.0 & <10.0").contains(Platform.version().toString());
        assertThat(platform.registry().indicator("FUTURE_ONE")).isEmpty();
    }

    @Test
    void twoPluginsSharingAnIndicatorCodeGiveOneConflictNamingBoth() {
        PluginRecord clash = row("clash", "c-clash.jar");
        assertThat(clash.status()).isEqualTo(PluginStatus.CONFLICT);
        assertThat(clash.reason().orElseThrow().key()).isEqualTo("plugin.conflict.indicator");
        assertThat(render(clash.reason())).contains("GOOD_COUPLES").contains("clash (").contains("c-clash.jar")
                .contains("good-one (").contains("a-good.jar");
        assertThat(platform.pluginReport().stream().filter(r -> r.status() == PluginStatus.CONFLICT
                && r.reason().orElseThrow().key().startsWith("plugin.conflict."))).hasSize(1);
        assertThat(platform.registry().indicatorOwner("GOOD_COUPLES").orElseThrow().descriptor().id()).isEqualTo("good-one");
    }

    @Test
    void aJarWithoutModuleDescriptorGetsTheModuleInfoLineToAdd() {
        PluginRecord plain = row("d-plain.jar", "d-plain.jar");
        assertThat(plain.status()).isEqualTo(PluginStatus.FAILED);
        assertThat(plain.reason().orElseThrow().key()).isEqualTo("plugin.automatic");
        assertThat(render(plain.hint())).contains("provides vn.baocao.api.spi.ProgramTypeProvider with test.plain.Plugin;");
    }

    @Test
    void aModuleNotOpeningItsMessagesGetsTheOpensLineToAdd() {
        PluginRecord closed = row("closed", "e-closed.jar");
        assertThat(closed.status()).isEqualTo(PluginStatus.FAILED);
        assertThat(closed.reason().orElseThrow().key()).isEqualTo("plugin.notOpen.bundle");
        assertThat(render(closed.hint())).contains("opens test.closed to vn.baocao.core;");
        assertThat(platform.registry().indicator("CLOSED_ONE")).isEmpty();
    }

    @Test
    void aDataRuleThatDoesNotCompileRefusesItsPluginWithTheReason() {
        PluginRecord bad = row("bad-rule", "g-bad-rule.jar");
        assertThat(bad.status()).isEqualTo(PluginStatus.FAILED);
        assertThat(bad.reason()).hasValueSatisfying(r -> {
            assertThat(r.key()).isEqualTo("plugin.ruleDoesNotCompile");
            assertThat(r.render(platform.messages())).isEqualTo(
                    "Quy tắc bad-rule.persons (vế phải) không dịch được: Không có chỉ tiêu mã “NO_SUCH_INDICATOR” (vị trí 1).");
        });
        // nothing of it is left behind: not its indicator, not its rule
        assertThat(platform.registry().indicator("BADRULE_COUPLES")).isEmpty();
        assertThat(platform.registry().dataRules()).noneMatch(r -> r.id().equals("bad-rule.persons"));
    }

    @Test
    void aModuleHidingItsConstraintValidatorGetsTheOpensLineToAdd() {
        PluginRecord hidden = row("hidden", "f-hidden.jar");
        assertThat(hidden.status()).isEqualTo(PluginStatus.FAILED);
        assertThat(hidden.reason().orElseThrow().key()).isEqualTo("plugin.notOpen.validator");
        assertThat(render(hidden.hint())).contains("context.addConstraintValidator(HiddenValidator.class, services -> new HiddenValidator(…));")
                .contains("opens test.hidden.internal to com.google.guice;");
    }

    @Test
    void aBrokenJarIsReportedAndSkipped() {
        PluginRecord broken = row("g-broken.jar", "g-broken.jar");
        assertThat(broken.status()).isEqualTo(PluginStatus.FAILED);
        assertThat(broken.reason().orElseThrow().key()).isEqualTo("plugin.broken");
    }

    @Test
    void aSecondPluginWithTheSameIdIsRefusedNamingBothLocations() {
        PluginRecord again = row("good-one", "h-again.jar");
        assertThat(again.status()).isEqualTo(PluginStatus.CONFLICT);
        assertThat(render(again.reason())).contains("h-again.jar").contains("a-good.jar");
        assertThat(platform.registry().indicator("AGAIN_ONE")).isEmpty();
    }

    @Test
    void aPluginCarryingItsOwnCopyOfTheApiIsRefusedNamingTheModule() {
        PluginRecord ownApi = row("j-own-api", "j-own-api");
        assertThat(ownApi.status()).isEqualTo(PluginStatus.FAILED);
        assertThat(render(ownApi.reason())).contains("vn.baocao.api");
    }

    @Test
    void aConstraintValidatorFromAPluginLayerIsBuiltWithPlatformServicesAndApplies() throws Exception {
        LoadedPlugin good = platform.registry().plugins().stream().filter(p -> p.descriptor().id().equals("good-one")).findFirst().orElseThrow();
        assertThat(good.constraintValidators()).extracting(Class::getName).containsExactly("test.good.EvenValidator");
        Class<?> pair = good.module().getClassLoader().loadClass("test.good.Pair");
        Validator validator = platform.service(Validator.class);

        Set<ConstraintViolation<Object>> odd = validator.validate(pair.getConstructor(Integer.class).newInstance(3));
        Set<ConstraintViolation<Object>> even = validator.validate(pair.getConstructor(Integer.class).newInstance(4));

        assertThat(odd).singleElement().satisfies(v -> assertThat(v.getMessage()).isEqualTo("phải là số chẵn"));
        assertThat(even).isEmpty();
    }

    @Test
    void aConstraintValidatorThePluginMakesItselfNeedsNoPackageOpenedToGuice() throws Exception {
        LoadedPlugin made = platform.registry().plugins().stream().filter(p -> p.descriptor().id().equals("made")).findFirst().orElseThrow();
        assertThat(made.module().getDescriptor().opens()).noneMatch(o -> o.targets().contains("com.google.guice") || o.targets().contains("vn.baocao.core"));
        Class<?> single = made.module().getClassLoader().loadClass("test.made.Single");
        Validator validator = platform.service(Validator.class);

        assertThat(validator.validate(single.getConstructor(Integer.class).newInstance(4)))
                .singleElement().satisfies(v -> assertThat(v.getMessage()).isEqualTo("phải là số lẻ"));
        assertThat(validator.validate(single.getConstructor(Integer.class).newInstance(3))).isEmpty();
    }

    @Test
    void everyEntryOfTheFolderHasOneRow() {
        assertThat(platform.pluginReport()).hasSize(12);
    }

    @Test
    void aDisabledPluginIsLeftOutAndNoLongerConflicts() {
        Platform without = Platform.start(new PlatformOptions(Language.ENGLISH, Optional.of(plugins), Set.of("good-one")));
        assertThat(without.pluginReport()).anySatisfy(r -> {
            assertThat(r.id()).isEqualTo("good-one");
            assertThat(r.status()).isEqualTo(PluginStatus.DISABLED);
        });
        assertThat(without.registry().indicatorOwner("GOOD_COUPLES").orElseThrow().descriptor().id()).isEqualTo("clash");
    }

    private static PluginRecord row(String id, String locationEnd) {
        return platform.pluginReport().stream()
                .filter(r -> r.id().equals(id) && r.location().endsWith(locationEnd))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + id + " at " + locationEnd + " in " + platform.pluginReport()));
    }

    private static String render(Optional<vn.baocao.core.i18n.MessageRef> message) {
        Messages vi = Messages.platform(Language.VIETNAMESE);
        Messages en = Messages.platform(Locale.ENGLISH);
        String text = message.orElseThrow().render(vi);
        assertThat(text).doesNotStartWith("plugin.");
        assertThat(message.orElseThrow().render(en)).doesNotStartWith("plugin.").isNotEqualTo(text);
        return text;
    }
}
