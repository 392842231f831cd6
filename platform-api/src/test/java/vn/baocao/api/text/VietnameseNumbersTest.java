package vn.baocao.api.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class VietnameseNumbersTest {

    @Test
    void thousandsTakeADotAndDecimalsAComma() {
        assertThat(VietnameseNumbers.format(new BigDecimal("51300"))).isEqualTo("51.300");
        assertThat(VietnameseNumbers.format(new BigDecimal("9234567890"))).isEqualTo("9.234.567.890");
        assertThat(VietnameseNumbers.format(new BigDecimal("102.5"))).isEqualTo("102,5");
        assertThat(VietnameseNumbers.oneDecimal(new BigDecimal("14.2857"))).isEqualTo("14,3");
    }

    @Test
    void changeIsInPercentOfTheEarlierValue() {
        assertThat(VietnameseNumbers.changePercent(new BigDecimal(14), new BigDecimal(12)).orElseThrow())
                .isEqualByComparingTo("-14.2857");
        assertThat(VietnameseNumbers.changePercent(BigDecimal.ZERO, BigDecimal.ONE)).isEmpty();
    }
}
