package vn.baocao.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The one number grammar: every form read exactly or refused with the reason, never misread. */
class NumberGrammarTest {
    private final NumberGrammar grammar = new NumberGrammar();

    private BigDecimal read(String text, NumberStyle style) {
        assertThat(grammar.parse(text, style)).as("%s in style %s: %s", text, style, grammar.problem()).isTrue();
        return BigDecimal.valueOf(grammar.unscaled(), grammar.scale());
    }

    private String refusal(String text, NumberStyle style) {
        assertThat(grammar.parse(text, style)).as("%s should be refused in style %s", text, style).isFalse();
        return grammar.problem().key();
    }

    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource(delimiter = '|', value = {
            "17|17", "-3|-3", "12.5|12.5", "0.125|0.125", "17.0|17", "007|7", "-0|0", "-0.0|0", " 42 |42",
            "9223372036854775807|9223372036854775807",
            // 2^53 + 1: a double would hold 2^53
            "9007199254740993|9007199254740993",
            "12345678901234567|12345678901234567", "0.000000000000000001|0.000000000000000001", "1234.5678|1234.5678"})
    void plainNumbersAreHeldExactly(String text, String expected) {
        BigDecimal value = read(text, NumberStyle.UNDECLARED);
        assertThat(value).isEqualByComparingTo(expected);
        assertThat(value.toPlainString()).isEqualTo(new BigDecimal(expected).stripTrailingZeros().toPlainString());
    }

    @ParameterizedTest(name = "{0} is refused as {1}")
    @CsvSource(delimiter = '|', value = {
            "14.000|number.grouped", "51.300|number.grouped", "1.234|number.grouped", "'1,234'|number.grouped",
            "'12,5'|number.decimalComma", "1.234.567|number.groupedOnce", "'1,234.5'|number.groupedOnce", "'1.234,5'|number.groupedOnce",
            "1e3|number.exponent", "1234567890123456789e5|number.exponent", "1E-3|number.exponent", "2.5e+2|number.exponent",
            "Infinity|number.notANumber", "NaN|number.notANumber", "-Infinity|number.notANumber", "abc|number.notANumber",
            "0x1F|number.suffix", "12k|number.suffix", "5%|number.suffix", "100đ|number.suffix", "+5|number.plus",
            "1 000|number.spaces", "１２|number.fullWidth", "''|number.empty", "'   '|number.empty", ".5|number.notANumber",
            "5.|number.notANumber", "-|number.notANumber", "1..2|number.notANumber",
            "9223372036854775808|number.tooLarge", "99999999999999999999|number.tooLarge",
            "0.1234567890123456789|number.tooPrecise", "4 buổi|number.suffix", "-9223372036854775808|number.tooLarge"})
    void whatCouldBeMisreadIsRefused(String text, String key) {
        assertThat(refusal(text, NumberStyle.UNDECLARED)).isEqualTo(key);
    }

    @Test
    void aGroupingShowsBothReadings() {
        grammar.parse("14.000", NumberStyle.UNDECLARED);
        assertThat(grammar.problem().arguments()).containsExactly("14.000", "14", "14000", ".");
        grammar.parse("1,234", NumberStyle.UNDECLARED);
        assertThat(grammar.problem().arguments()).containsExactly("1,234", "1.234", "1234", ",");
    }

    @Test
    void aNegativeNumberTooLargeIsQuotedWithItsSign() {
        assertThat(refusal("-99999999999999999999", NumberStyle.UNDECLARED)).isEqualTo("number.tooLarge");
        assertThat(grammar.problem().arguments()).containsExactly("-99999999999999999999");
    }

    @Test
    void aValueOf340DigitsIsRefusedAndNotPrintedWhole() {
        String huge = "7".repeat(340);
        assertThat(refusal(huge, NumberStyle.UNDECLARED)).isEqualTo("number.tooLarge");
        assertThat(grammar.problem().arguments().get(0).toString()).hasSizeLessThan(60).contains("(340)");
    }

    @ParameterizedTest(name = "vi: {0} reads as {1}")
    @CsvSource(delimiter = '|', value = {"14.000|14000", "51.300|51300", "1.234.567|1234567", "'12,5'|12.5", "'1.234,5'|1234.5", "1234|1234"})
    void theVietnameseStyleGroupsWithDotsAndDecimalsWithAComma(String text, String expected) {
        assertThat(read(text, NumberStyle.VI)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "en: {0} reads as {1}")
    @CsvSource(delimiter = '|', value = {"'14,000'|14000", "'1,234,567'|1234567", "12.5|12.5", "'1,234.5'|1234.5", "14.000|14"})
    void theEnglishStyleGroupsWithCommasAndDecimalsWithADot(String text, String expected) {
        assertThat(read(text, NumberStyle.EN)).isEqualByComparingTo(expected);
    }

    @Test
    void aDeclaredStyleRefusesTheOtherStylesForms() {
        assertThat(refusal("12.5", NumberStyle.VI)).isEqualTo("number.wrongStyle");
        assertThat(refusal("1.23.456", NumberStyle.VI)).isEqualTo("number.wrongStyle");
        assertThat(refusal("12,5", NumberStyle.EN)).isEqualTo("number.wrongStyle");
        assertThat(refusal("1,234", NumberStyle.PLAIN)).isEqualTo("number.wrongStyle");
        assertThat(read("14.000", NumberStyle.PLAIN)).isEqualByComparingTo("14");
    }
}
