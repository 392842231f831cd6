package vn.baocao.core.plugin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The plugins the loading tests drop into a {@code plugins/} folder, good and bad. */
final class TestPlugins {
    private TestPlugins() {}

    /** A provider class contributing one program type with one indicator, and a message bundle. */
    static String provider(String pkg, String id, String range, String indicator, String bundle) {
        return provider(pkg, id, range, indicator, bundle, null);
    }

    /** The same, registering a constraint validator class too. */
    static String provider(String pkg, String id, String range, String indicator, String bundle, String validator) {
        return """
                package %1$s;

                import java.util.List;
                import vn.baocao.api.document.*;
                import vn.baocao.api.indicator.*;
                import vn.baocao.api.program.ProgramType;
                import vn.baocao.api.spi.*;
                import vn.baocao.api.text.LocalizedText;

                public final class Plugin implements ProgramTypeProvider {
                    public PluginDescriptor descriptor() {
                        return PluginDescriptor.of("%2$s", "1.2.3", LocalizedText.of("Thử %2$s", "Test %2$s"), "%3$s");
                    }

                    public void contribute(ProgramContext context) {
                        %5$s
                        context.addIndicator(new Indicator("%4$s", LocalizedText.of("Chỉ tiêu", "Indicator"),
                                LocalizedText.of("cặp", "couples"), ValueType.COUNT, Aggregation.SUM, List.of(), List.of()));
                        context.addProgramType(new ProgramType("%2$s", LocalizedText.of("Chương trình", "Program"),
                                List.of(new DocumentReference(DocumentType.QUYET_DINH, DocumentNumber.parse("498/QĐ-TTg"),
                                        java.time.LocalDate.of(2015, 4, 14), "Thủ tướng Chính phủ", "phê duyệt Đề án")),
                                List.of("%4$s")));
                    }
                }
                """.formatted(pkg, id, range, indicator,
                (bundle == null ? "" : "context.addMessages(\"" + bundle + "\");")
                        + (validator == null ? "" : "context.addConstraintValidator(" + validator + ".class);"));
    }

    static String moduleInfo(String module, String pkg, String extra) {
        return """
                module %1$s {
                    requires vn.baocao.api;
                    requires jakarta.inject;
                    provides vn.baocao.api.spi.ProgramTypeProvider with %2$s.Plugin;
                    %3$s
                }
                """.formatted(module, pkg, extra);
    }

    /** A well-formed plugin with a message bundle, a constraint and a validator that has a platform service injected. */
    static Path good(Path dir) throws IOException {
        String pkg = "test.good";
        return PluginJar.create()
                .source("module-info.java", moduleInfo("test.good", pkg, """
                        opens test.good to vn.baocao.core, com.google.guice, org.hibernate.validator;
                        """))
                .source("test/good/Plugin.java", provider(pkg, "good-one", ">=0.1 & <1.0", "GOOD_COUPLES", "test.good.messages", "EvenValidator"))
                .source("test/good/Even.java", """
                        package test.good;

                        import java.lang.annotation.*;
                        import jakarta.validation.*;

                        @Constraint(validatedBy = {})
                        @Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
                        @Retention(RetentionPolicy.RUNTIME)
                        public @interface Even {
                            String message() default "{good-one.even}";
                            Class<?>[] groups() default {};
                            Class<? extends Payload>[] payload() default {};
                        }
                        """)
                .source("test/good/EvenValidator.java", """
                        package test.good;

                        import jakarta.inject.Inject;
                        import jakarta.validation.*;
                        import vn.baocao.api.service.IndicatorCatalog;

                        public final class EvenValidator implements ConstraintValidator<Even, Integer> {
                            private final IndicatorCatalog catalog;

                            @Inject
                            public EvenValidator(IndicatorCatalog catalog) {
                                this.catalog = catalog;
                            }

                            public boolean isValid(Integer value, ConstraintValidatorContext context) {
                                // the injected catalog proves the platform built this validator
                                return value == null || (value % 2 == 0 && catalog.indicator("GOOD_COUPLES").isPresent());
                            }
                        }
                        """)
                .source("test/good/Pair.java", """
                        package test.good;

                        public record Pair(@Even Integer couples) {}
                        """)
                .resource("test/good/messages.properties", "good-one.even=phải là số chẵn\n")
                .resource("test/good/messages_en.properties", "good-one.even=must be even\n")
                .writeTo(dir.resolve("a-good.jar"));
    }

    static Path incompatible(Path dir) throws IOException {
        return PluginJar.create()
                .source("module-info.java", moduleInfo("test.future", "test.future", ""))
                .source("test/future/Plugin.java", provider("test.future", "future", ">=9.0 & <10.0", "FUTURE_ONE", null))
                .writeTo(dir.resolve("b-future.jar"));
    }

    /** Claims the indicator code of the good plugin. */
    static Path conflicting(Path dir) throws IOException {
        return PluginJar.create()
                .source("module-info.java", moduleInfo("test.clash", "test.clash", ""))
                .source("test/clash/Plugin.java", provider("test.clash", "clash", ">=0.1", "GOOD_COUPLES", null))
                .writeTo(dir.resolve("c-clash.jar"));
    }

    /** A jar built for the class path: META-INF/services but no module-info. */
    static Path plain(Path dir) throws IOException {
        return PluginJar.create()
                .source("test/plain/Plugin.java", provider("test.plain", "plain", ">=0.1", "PLAIN_ONE", null))
                .resource("META-INF/services/vn.baocao.api.spi.ProgramTypeProvider", "test.plain.Plugin\n")
                .writeTo(dir.resolve("d-plain.jar"));
    }

    /** Registers a message bundle in a package it does not open to the platform. */
    static Path closedBundle(Path dir) throws IOException {
        return PluginJar.create()
                .source("module-info.java", moduleInfo("test.closed", "test.closed", ""))
                .source("test/closed/Plugin.java", provider("test.closed", "closed", ">=0.1", "CLOSED_ONE", "test.closed.messages"))
                .resource("test/closed/messages.properties", "closed.x=x\n")
                .resource("test/closed/messages_en.properties", "closed.x=x\n")
                .writeTo(dir.resolve("e-closed.jar"));
    }

    /** Registers a constraint validator in a package Guice may not reach. */
    /** A plugin whose data rule names an indicator nobody contributes. */
    static Path uncompilableRule(Path dir) throws IOException {
        String plugin = provider("test.badrule", "bad-rule", ">=0.1", "BADRULE_COUPLES", null).replace("public void contribute(ProgramContext context) {", """
                public void contribute(ProgramContext context) {
                        context.addDataRule(new vn.baocao.api.rule.DataRule("bad-rule.persons", LocalizedText.of("{0} {1}", "{0} {1}"),
                                "#{BADRULE_COUPLES}", vn.baocao.api.rule.Operator.LESS_THAN_OR_EQUAL_TO, "#{NO_SUCH_INDICATOR} * 2",
                                null, null, null, java.util.Set.of(), java.util.Optional.empty(), java.util.Optional.empty()));
                """);
        return PluginJar.create()
                .source("module-info.java", moduleInfo("test.badrule", "test.badrule", ""))
                .source("test/badrule/Plugin.java", plugin)
                .writeTo(dir.resolve("g-bad-rule.jar"));
    }

    static Path closedValidator(Path dir) throws IOException {
        return PluginJar.create()
                .source("module-info.java", moduleInfo("test.hidden", "test.hidden", ""))
                .source("test/hidden/Plugin.java", provider("test.hidden", "hidden", ">=0.1", "HIDDEN_ONE", null,
                        "test.hidden.internal.HiddenValidator"))
                .source("test/hidden/internal/HiddenValidator.java", """
                        package test.hidden.internal;

                        import jakarta.validation.*;
                        import jakarta.validation.constraints.NotNull;

                        public final class HiddenValidator implements ConstraintValidator<NotNull, String> {
                            public boolean isValid(String value, ConstraintValidatorContext context) {
                                return true;
                            }
                        }
                        """)
                .writeTo(dir.resolve("f-hidden.jar"));
    }

    static Path broken(Path dir) throws IOException {
        return Files.write(dir.resolve("g-broken.jar"), "this is not a zip archive".getBytes());
    }

    /** A second plugin with the good plugin's id. */
    static Path duplicateId(Path dir) throws IOException {
        return PluginJar.create()
                .source("module-info.java", moduleInfo("test.again", "test.again", ""))
                .source("test/again/Plugin.java", provider("test.again", "good-one", ">=0.1", "AGAIN_ONE", null))
                .writeTo(dir.resolve("h-again.jar"));
    }

    /** A folder holding a plugin and the private library it uses, loaded as one layer. */
    static Path withLibrary(Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("i-with-library"));
        Path library = PluginJar.create()
                .source("module-info.java", "module test.helper { exports test.helper; }")
                .source("test/helper/Codes.java", """
                        package test.helper;

                        public final class Codes {
                            public static String indicator() { return "LIBRARY_" + "SESSIONS"; }
                        }
                        """)
                .writeTo(folder.resolve("helper.jar"));
        return PluginJar.create()
                .against(library)
                .source("module-info.java", moduleInfo("test.uses", "test.uses", "requires test.helper;"))
                .source("test/uses/Plugin.java", provider("test.uses", "uses-library", ">=0.1", "LIBRARY_SESSIONS", null)
                        .replace("\"LIBRARY_SESSIONS\", LocalizedText", "test.helper.Codes.indicator(), LocalizedText"))
                .writeTo(folder.resolve("plugin.jar"));
    }

    /** Carries its own copy of the platform API module. */
    static Path shadowingApi(Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("j-own-api"));
        Path api = ModuleLayer.boot().configuration().findModule("vn.baocao.api").orElseThrow()
                .reference().location().map(Path::of).orElseThrow();
        if (Files.isDirectory(api)) {
            PluginJar.create()
                    .source("module-info.java", "module vn.baocao.api { }")
                    .writeTo(folder.resolve("platform-api-copy.jar"));
        } else {
            Files.copy(api, folder.resolve("platform-api-copy.jar"));
        }
        return PluginJar.create()
                .source("module-info.java", moduleInfo("test.ownapi", "test.ownapi", ""))
                .source("test/ownapi/Plugin.java", provider("test.ownapi", "own-api", ">=0.1", "OWN_API_ONE", null))
                .writeTo(folder.resolve("plugin.jar"));
    }

    /**
     * A plugin that makes its constraint validator itself from the platform's services: no package
     * opened to Guice or the core; only the record the test validates is opened to the validator.
     */
    static Path madeValidator(Path dir) throws IOException {
        return PluginJar.create()
                .source("module-info.java", """
                        module test.made {
                            requires vn.baocao.api;
                            exports test.made;
                            provides vn.baocao.api.spi.ProgramTypeProvider with test.made.Plugin;
                            // only because the test validates a record of the plugin's own
                            opens test.made to org.hibernate.validator;
                        }
                        """)
                .source("test/made/Plugin.java", """
                        package test.made;

                        import vn.baocao.api.indicator.Indicator;
                        import vn.baocao.api.spi.*;

                        public final class Plugin implements ProgramTypeProvider {
                            public PluginDescriptor descriptor() {
                                return PluginDescriptor.builder("made").name("Tự tạo", "Made").version("1.0.0").platformRange(">=0.1").build();
                            }

                            public void contribute(ProgramContext context) {
                                context.addMessages("test.made.messages", Plugin.class::getResourceAsStream);
                                context.addIndicator(Indicator.builder("MADE_COUPLES").name("Số cặp", "Couples").unit("cặp", "couples").build());
                                context.addConstraintValidator(OddValidator.class, services -> new OddValidator(services.indicators()));
                            }
                        }
                        """)
                .source("test/made/Odd.java", """
                        package test.made;

                        import java.lang.annotation.*;
                        import jakarta.validation.*;

                        @Constraint(validatedBy = {})
                        @Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
                        @Retention(RetentionPolicy.RUNTIME)
                        public @interface Odd {
                            String message() default "{made.odd}";
                            Class<?>[] groups() default {};
                            Class<? extends Payload>[] payload() default {};
                        }
                        """)
                .source("test/made/OddValidator.java", """
                        package test.made;

                        import jakarta.validation.*;
                        import vn.baocao.api.service.IndicatorCatalog;

                        public final class OddValidator implements ConstraintValidator<Odd, Integer> {
                            private final IndicatorCatalog catalog;

                            OddValidator(IndicatorCatalog catalog) {
                                this.catalog = catalog;
                            }

                            public boolean isValid(Integer value, ConstraintValidatorContext context) {
                                // the catalogue given proves the platform's services reached the plugin's factory
                                return value == null || (value % 2 == 1 && catalog.indicator("MADE_COUPLES").isPresent());
                            }
                        }
                        """)
                .source("test/made/Single.java", """
                        package test.made;

                        public record Single(@Odd Integer persons) {}
                        """)
                .resource("test/made/messages.properties", "made.odd=phải là số lẻ\n")
                .resource("test/made/messages_en.properties", "made.odd=must be odd\n")
                .writeTo(dir.resolve("k-made.jar"));
    }
}
