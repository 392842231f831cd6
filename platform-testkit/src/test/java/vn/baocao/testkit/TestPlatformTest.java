package vn.baocao.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import vn.baocao.api.indicator.Aggregation;
import vn.baocao.api.indicator.Indicator;
import vn.baocao.api.indicator.ValueType;
import vn.baocao.api.period.Period;
import vn.baocao.api.program.Program;
import vn.baocao.api.program.ProgramResult;
import vn.baocao.api.program.ProgramType;
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

/** The testkit's stand-in refuses what the platform refuses, and shows rules and blocks as users read them. */
class TestPlatformTest {
    private static final String BUNDLE = "vn.baocao.testkit.sample-messages";
    private static final Indicator HOUSEHOLDS = new Indicator("SAMPLE_HOUSEHOLDS", LocalizedText.of("Số hộ", "Households"),
            LocalizedText.of("hộ", "households"), ValueType.COUNT, Aggregation.SUM, List.of(), List.of());

    /** A plugin whose contribution each test shapes. */
    private record Sample(String range, Consumer<ProgramContext> contribution) implements ProgramTypeProvider {
        @Override
        public PluginDescriptor descriptor() {
            return PluginDescriptor.of("sample", "1.0.0", LocalizedText.of("Mẫu", "Sample"), range);
        }

        @Override
        public void contribute(ProgramContext context) {
            contribution.accept(context);
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

    private static TestSubject figures(long... values) {
        TestSubject.ProgramBuilder program = TestSubject.program("sample");
        for (int i = 0; i < values.length; i++) {
            program.value("SAMPLE_HOUSEHOLDS", String.valueOf(2021 + i), values[i]);
        }
        return TestSubject.of(program.build());
    }

    @Test
    void rulesAndBlocksReadAsUsersReadThem() {
        TestPlatform platform = load(c -> {
            c.addMessages(BUNDLE);
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
    void aMessageMissingInEnglishFailsTheTest() {
        TestPlatform platform = load(c -> {
            c.addMessages(BUNDLE);
            c.addRule(new BigFigures("sample.onlyVietnamese"));
        });
        assertThatThrownBy(() -> platform.validate(figures(20)))
                .hasMessageContaining("sample.onlyVietnamese").hasMessageContaining("English");
    }

    @Test
    void aBundleThatCannotBeFoundIsRefusedWithTheOpensLine() {
        assertThatThrownBy(() -> load(c -> c.addMessages("vn.baocao.testkit.missing")))
                .hasMessageContaining("opens vn.baocao.testkit to vn.baocao.core;");
    }

    @Test
    void anIndicatorAddedTwiceIsRefused() {
        assertThatThrownBy(() -> load(c -> {
            c.addIndicator(HOUSEHOLDS);
            c.addIndicator(HOUSEHOLDS);
        })).hasMessage("indicator SAMPLE_HOUSEHOLDS is added twice");
    }

    @Test
    void aProgramTypeNamingAnIndicatorNotAddedIsRefused() {
        assertThatThrownBy(() -> load(c -> c.addProgramType(
                new ProgramType("sample", LocalizedText.of("Mẫu", "Sample"), List.of(), List.of("SAMPLE_HOUSEHOLDS")))))
                .hasMessageContaining("names indicator SAMPLE_HOUSEHOLDS");
    }

    @Test
    void aPlatformOutsideTheRangeRefusesThePlugin() {
        Sample sample = new Sample(">=0.1 & <0.2", c -> {});
        assertThat(TestPlatform.load(sample, Version.parse("0.1.5")).ruleIds()).isEmpty();
        assertThatThrownBy(() -> TestPlatform.load(sample, Version.parse("0.2.0"))).hasMessageContaining("asks for platform");
    }

    @Test
    void anUnknownBlockNamesTheBlocksThereAre() {
        TestPlatform platform = load(c -> {
            c.addMessages(BUNDLE);
            c.addReportBlock(SENTENCE);
        });
        assertThatThrownBy(() -> platform.render("sample.other", figures(1))).hasMessageContaining("[sample.sentence]");
    }

    @Test
    void testsRunInsideTheTestkitsModule() {
        assertThat(getClass().getModule().getName()).isEqualTo("vn.baocao.testkit");
    }

    @Test
    void theStandInIsTheVersionOfThisBuild() {
        assertThat(TestPlatform.version().toString()).isNotBlank().doesNotContain("${");
    }
}
