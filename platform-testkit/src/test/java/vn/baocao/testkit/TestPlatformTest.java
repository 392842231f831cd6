package vn.baocao.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import vn.baocao.api.document.DocumentReference;
import vn.baocao.api.document.DocumentType;
import vn.baocao.api.indicator.DerivedIndicator;
import vn.baocao.api.indicator.Indicator;
import vn.baocao.api.period.Period;
import vn.baocao.api.program.ProgramResult;
import vn.baocao.api.program.ProgramType;
import vn.baocao.api.rule.DataRule;
import vn.baocao.api.rule.Operator;
import vn.baocao.api.spi.BlockContent;
import vn.baocao.api.spi.BlockContext;
import vn.baocao.api.spi.Importance;
import vn.baocao.api.spi.PluginDescriptor;
import vn.baocao.api.spi.ProgramContext;
import vn.baocao.api.spi.ProgramTypeProvider;
import vn.baocao.api.spi.ReportBlock;
import vn.baocao.api.spi.RuleSubject;
import vn.baocao.api.spi.ValidationRule;
import vn.baocao.api.spi.Violation;
import vn.baocao.api.text.LocalizedText;
import vn.baocao.api.version.Version;

/**
 * The testkit runs the real platform: it refuses what a distribution refuses, with the same reason
 * (the missing-{@code opens} case first), and shows rules, data rules and blocks as users read them.
 */
class TestPlatformTest {
    private static final String BUNDLE = "vn.baocao.testkit.sample-messages";
    private static final Indicator HOUSEHOLDS = Indicator.builder("SAMPLE_HOUSEHOLDS").name("Số hộ", "Households").unit("hộ", "households").build();

    /** A plugin whose contribution each test shapes. */
    private record Sample(String range, Consumer<ProgramContext> contribution) implements ProgramTypeProvider {
        @Override
        public PluginDescriptor descriptor() {
            return PluginDescriptor.builder("sample").name("Mẫu", "Sample").version("1.0.0").platformRange(range).build();
        }

        @Override
        public void contribute(ProgramContext context) {
            contribution.accept(context);
        }
    }

    /** A plugin with one setting, and one that throws while registering. */
    private record Configurable(boolean failing) implements ProgramTypeProvider {
        static final vn.baocao.api.spi.Setting<Long> LIMIT = vn.baocao.api.spi.Setting.integer("limit", 10,
                LocalizedText.of("Ngưỡng", "Limit"));

        @Override
        public PluginDescriptor descriptor() {
            return PluginDescriptor.builder("configurable").name("Mẫu", "Sample").version("1.0.0").platformRange("*").build();
        }

        @Override
        public List<vn.baocao.api.spi.Setting<?>> settings() {
            return List.of(LIMIT);
        }

        @Override
        public void contribute(ProgramContext context) {
            if (failing) {
                context.addIndicator(Indicator.builder("CONFIGURABLE_X").name("X", "X").build());
            }
        }
    }

    /** Flags every figure above 10 with the given message key. */
    private record BigFigures(String key) implements ValidationRule {
        @Override
        public String id() {
            return "sample.big-figures";
        }

        @Override
        public Importance importance() {
            return Importance.ERROR;
        }

        @Override
        public List<Violation> check(RuleSubject subject) {
            List<Violation> found = new ArrayList<>();
            List<ProgramResult> results = subject.programs().get(0).results();
            for (int r = 0; r < results.size(); r++) {
                if (results.get(r).value().compareTo(BigDecimal.TEN) > 0) {
                    found.add(Violation.of("/programs/0/results/" + r + "/value", key, results.get(r).period().code(),
                            results.get(r).value().toPlainString()));
                }
            }
            return found;
        }
    }

    private static final ReportBlock SENTENCE = new ReportBlock() {
        @Override
        public String id() {
            return "sample.sentence";
        }

        @Override
        public LocalizedText name() {
            return LocalizedText.of("Câu", "Sentence");
        }

        @Override
        public List<BlockContent> compute(BlockContext context) {
            ProgramResult first = context.source().programs().get(0).results().get(0);
            return List.of(BlockContent.Paragraph.of(context.message("sample.sentence",
                    ((Period.Year) first.period()).year(), first.value())));
        }
    };

    private static TestPlatform load(Consumer<ProgramContext> contribution) {
        return TestPlatform.load(new Sample(">=0.1 & <1.0", contribution));
    }

    /** Flags a figure of a period after the report's: the rule reads the report the subject belongs to. */
    private record AfterTheReport() implements ValidationRule {
        @Override
        public String id() {
            return "sample.after-report";
        }

        @Override
        public Importance importance() {
            return Importance.WARNING;
        }

        @Override
        public List<Violation> check(RuleSubject subject) {
            List<Violation> found = new ArrayList<>();
            List<ProgramResult> results = subject.programs().get(0).results();
            for (int r = 0; r < results.size(); r++) {
                if (results.get(r).period().start().isAfter(subject.report().period().end())) {
                    found.add(Violation.of("/programs/0/results/" + r + "/period", "sample.afterReport",
                            results.get(r).period().code(), subject.report().period().code()));
                }
            }
            return found;
        }
    }

    private static void messages(ProgramContext c) {
        c.addMessages(BUNDLE, TestPlatformTest.class::getResourceAsStream);
    }

    private static TestSubject figures(long... values) {
        TestSubject.ProgramBuilder program = TestSubject.program("sample");
        for (int i = 0; i < values.length; i++) {
            program.value("SAMPLE_HOUSEHOLDS", String.valueOf(2021 + i), values[i]);
        }
        return TestSubject.of(program.build());
    }

    private static TestPlatform.Refused refusal(Consumer<ProgramContext> contribution) {
        Throwable thrown = catchThrowable(() -> load(contribution));
        assertThat(thrown).isInstanceOf(TestPlatform.Refused.class);
        return (TestPlatform.Refused) thrown;
    }

    @Test
    void rulesAndBlocksReadAsUsersReadThem() {
        TestPlatform platform = load(c -> {
            messages(c);
            c.addIndicator(HOUSEHOLDS);
            c.addRule(new BigFigures("sample.big"));
            c.addReportBlock(SENTENCE);
        });
        assertThat(platform.validate(figures(5, 12))).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("sample.big-figures");
            assertThat(finding.pointer()).isEqualTo("/programs/0/results/1/value");
            assertThat(finding.message()).isEqualTo("Kỳ 2022: 12 là quá lớn.");
            assertThat(finding.englishMessage()).isEqualTo("Period 2022: 12 is too large.");
        });
        assertThat(platform.render("sample.sentence", figures(7))).containsExactly("Năm 2021 có 7 hộ.");
        assertThat(platform.indicators()).containsExactly(HOUSEHOLDS);
    }

    @Test
    void aRuleReadingTheReportMeetsTheOneTheTestSubjectBelongsTo() {
        TestPlatform platform = load(c -> {
            messages(c);
            c.addIndicator(HOUSEHOLDS);
            c.addRule(new AfterTheReport());
        });
        // 2021 to 2026: the sixth year is after the sample report's 2021–2025
        assertThat(platform.validate(figures(1, 2, 3, 4, 5, 6))).singleElement()
                .satisfies(finding -> assertThat(finding.message()).isEqualTo("Kỳ 2026 ở sau kỳ báo cáo 2021/2025."));
    }

    @Test
    void dataRulesRunOnValuesAsAnImportChecksThem() {
        TestPlatform platform = load(c -> {
            c.addIndicator(HOUSEHOLDS);
            c.addIndicator(Indicator.builder("SAMPLE_PERSONS").name("Số khẩu", "Persons").unit("khẩu", "persons").build());
            c.addDataRule(DataRule.builder("sample.persons-at-least-households")
                    .message("Số khẩu ({0}) ít hơn số hộ ({1}).", "Persons ({0}) are fewer than households ({1}).")
                    .compare("#{SAMPLE_PERSONS}", Operator.GREATER_THAN_OR_EQUAL_TO, "#{SAMPLE_HOUSEHOLDS}")
                    .build());
        });
        assertThat(platform.checkValues("""
                indicator,unit,period,value
                SAMPLE_HOUSEHOLDS,21028,2026-01,40
                SAMPLE_PERSONS,21028,2026-01,35
                SAMPLE_HOUSEHOLDS,21028,2026-02,40
                SAMPLE_PERSONS,21028,2026-02,170
                """)).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("sample.persons-at-least-households");
            assertThat(f.unit()).isEqualTo("21028");
            assertThat(f.period()).isEqualTo("2026-01");
            assertThat(f.message()).isEqualTo("Số khẩu (35) ít hơn số hộ (40).");
            assertThat(f.englishMessage()).isEqualTo("Persons (35) are fewer than households (40).");
        });
        assertThatThrownBy(() -> platform.checkValues("indicator,unit,period,value\nSAMPLE_PERSONS,99999,2026-01,3\n"))
                .hasMessageContaining("the values are refused").hasMessageContaining("99999");
    }

    /**
     * The case the first testkit let through: a bundle read the 0.1 way from a package the module
     * does not open. A distribution refuses such a plugin (PluginLoadingTest drops one in a plugins
     * folder); so does the testkit, with the same reason and both fixes.
     */
    @Test
    void aBundleInAPackageNotOpenedIsRefusedAsADistributionRefusesIt() {
        TestPlatform.Refused refused = refusal(c -> c.addMessages(BUNDLE));
        assertThat(refused.reasonKey()).isEqualTo("plugin.notOpen.bundle");
        assertThat(refused).hasMessageContaining("opens vn.baocao.testkit to vn.baocao.core;")
                .hasMessageContaining("context.addMessages(\"vn.baocao.testkit.sample-messages\", Sample.class::getResourceAsStream);");
        assertThat(refused.getMessage()).doesNotContain("{0}");
    }

    @Test
    void theHolesOfTheFirstContractAreRefusedWithTheirReason() {
        assertThat(refusal(c -> {
            c.addIndicator(HOUSEHOLDS);
            c.addIndicator(HOUSEHOLDS);
        }).reasonKey()).isEqualTo("plugin.duplicateWithin");
        assertThat(refusal(c -> {
            c.addIndicator(HOUSEHOLDS);
            DataRule rule = DataRule.builder("sample.twice").message("Hai lần.", "Twice.")
                    .compare("#{SAMPLE_HOUSEHOLDS}", Operator.GREATER_THAN_OR_EQUAL_TO, "0").build();
            c.addDataRule(rule);
            c.addDataRule(rule);
        })).hasMessageContaining("“sample.twice” twice");
        assertThat(refusal(c -> c.addReportBlock(new Named("indicator-table")))).hasMessageContaining("one of the platform’s own blocks")
                .hasMessageContaining("sample.indicator-table");
        assertThat(refusal(c -> c.addMessages("vn.baocao.testkit.unprefixed.messages", TestPlatformTest.class::getResourceAsStream)))
                .hasMessageContaining("“big”").hasMessageContaining("does not begin with “sample.”");
        assertThat(refusal(c -> c.addMessages("vn.baocao.testkit.half.messages", TestPlatformTest.class::getResourceAsStream)))
                .hasMessageContaining("“sample.onlyVietnamese” is missing from vn/baocao/testkit/half/messages_en.properties");
        assertThat(refusal(c -> c.addIndicator(Indicator.builder("sample households").name("Số hộ", "Households").unit("hộ", "households").build())))
                .hasMessageContaining("the indicator “sample households” wrongly at code");
        assertThat(refusal(c -> c.addProgramType(ProgramType.builder("sample").name("Mẫu", "Sample")
                .legalBasis(DocumentReference.builder(DocumentType.QUYET_DINH, "12/QĐ-UBND").date(LocalDate.of(2020, 1, 2))
                        .issuer("Ủy ban nhân dân tỉnh").subject("ban hành chương trình").build())
                .indicators("SAMPLE_HOUSEHOLDS").build())))
                .hasMessageContaining("names the indicator “SAMPLE_HOUSEHOLDS”, which no plugin declares");
        assertThat(refusal(c -> {
            c.addIndicator(HOUSEHOLDS);
            c.addDataRule(DataRule.builder("sample.by-sex").message("Theo giới.", "By sex.")
                    .compare("#{SAMPLE_HOUSEHOLDS.SEX:*}", Operator.GREATER_THAN_OR_EQUAL_TO, "0").expandOver("SEX").build());
        }).reasonKey()).isEqualTo("plugin.ruleDoesNotCompile");
        assertThat(refusal(c -> c.addDerivedIndicator(DerivedIndicator.builder("SAMPLE_RATE").name("Tỷ lệ", "Rate").unit("%", "%")
                .formula("#{SAMPLE_MISSING} * 100").build()))).hasMessageContaining("SAMPLE_MISSING");
    }

    @Test
    void aRequiredPartLeftOutOfABuilderIsNamedWithItsCall() {
        assertThatThrownBy(() -> Indicator.builder("SAMPLE_X").name("X", "X").build())
                .hasMessage("indicator SAMPLE_X: unit of measure is required; set it with unit(vi, en)");
        assertThatThrownBy(() -> DataRule.builder("sample.x").message("x", "x").build())
                .hasMessage("data rule sample.x: left side is required; set it with compare(left, operator, right)");
        assertThatThrownBy(() -> DocumentReference.builder(DocumentType.QUYET_DINH, "12/QĐ-UBND").date(LocalDate.of(2020, 1, 2))
                .subject("ban hành chương trình").build())
                .hasMessage("document 12/QĐ-UBND: issuer is required; set it with issuer(\"Thủ tướng Chính phủ\")");
    }

    @Test
    void aPlatformOutsideTheRangeRefusesThePlugin() {
        Sample sample = new Sample(">=0.1 & <0.2", c -> {});
        assertThat(TestPlatform.load(sample, Version.parse("0.1.5")).ruleIds()).isEmpty();
        assertThatThrownBy(() -> TestPlatform.load(sample, Version.parse("0.2.0")))
                .isInstanceOf(TestPlatform.Refused.class).hasMessageContaining(">=0.1 & <0.2").hasMessageContaining("0.2.0");
    }

    @Test
    void aBuiltJarLoadsAsFromADistributionsPluginsFolder() {
        // a plugin compiled against the 0.1 API, kept by the core's tests
        TestPlatform old = TestPlatform.loadJar(Path.of("../platform-core/src/test/resources/vn/baocao/core/plugin/old-contract-plugin.jar"));
        assertThat(old.indicators()).extracting(Indicator::code).containsExactly("OLD_VISITS", "OLD_PERSONS");
        assertThat(old.blockIds()).containsExactly("old-contract.note");
    }

    @Test
    void anUnknownBlockNamesTheBlocksThereAre() {
        TestPlatform platform = load(c -> {
            messages(c);
            c.addReportBlock(SENTENCE);
        });
        assertThatThrownBy(() -> platform.render("sample.other", figures(1))).hasMessageContaining("[sample.sentence]");
    }

    @Test
    void aBlockAskingForATextNoBundleHasFailsInsteadOfWritingTheKey() {
        TestPlatform asking = load(c -> {
            messages(c);
            c.addReportBlock(new Asking("sample.asking", "sample.not-in-any-bundle"));
        });
        assertThatThrownBy(() -> asking.render("sample.asking", figures(1)))
                .isInstanceOf(vn.baocao.core.i18n.MissingMessageException.class)
                .hasMessageContaining("sample.not-in-any-bundle");
    }

    @Test
    void aWrongSettingNamesTheCallThatGaveIt() {
        assertThat(TestPlatform.loading(new Configurable(false)).setting("limit", "12").load().setting("limit")).isEqualTo(12L);
        assertThatThrownBy(() -> TestPlatform.loading(new Configurable(false)).setting("limit", "twelve").load())
                .isInstanceOf(TestPlatform.Refused.class)
                .hasMessageContaining("setting(\"limit\", \"twelve\"): the value “twelve” of “limit” is not a whole number")
                .hasMessageNotContaining(".properties");
        assertThatThrownBy(() -> TestPlatform.loading(new Configurable(false)).setting("limit", "5").setting("limt", "5").load())
                .hasMessageContaining("setting(\"limt\", \"5\"): ").hasMessageContaining("Did you mean “limit”?");
    }

    @Test
    void aBuilderLeftIncompleteIsChainedWithoutTheDistributionsHint() {
        Throwable thrown = catchThrowable(() -> TestPlatform.load(new Configurable(true)));
        assertThat(thrown).isInstanceOf(TestPlatform.Refused.class)
                .hasMessageContaining("indicator CONFIGURABLE_X: unit of measure is required; set it with unit(")
                .hasMessageNotContaining("IllegalStateException").hasMessageNotContaining("--debug");
        assertThat(thrown.getCause()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void testsRunInsideTheTestkitsModule() {
        assertThat(getClass().getModule().getName()).isEqualTo("vn.baocao.testkit");
    }

    @Test
    void theVersionIsThePlatformsOfThisBuild() {
        assertThat(TestPlatform.version().toString()).isNotBlank().doesNotContain("${");
    }

    /** A block writing one message, by its key. */
    private record Asking(String id, String key) implements ReportBlock {
        @Override
        public LocalizedText name() {
            return LocalizedText.of("Khối", "Block");
        }

        @Override
        public List<BlockContent> compute(BlockContext context) {
            return List.of(BlockContent.Paragraph.of(context.message(key)));
        }
    }

    /** A block that writes nothing, under any id. */
    private record Named(String id) implements ReportBlock {
        @Override
        public LocalizedText name() {
            return LocalizedText.of("Khối", "Block");
        }

        @Override
        public List<BlockContent> compute(BlockContext context) {
            return List.of();
        }
    }
}
