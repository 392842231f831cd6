package vn.baocao.api.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseCalendarTest {

    /** The years' names as the Tết of each is announced (Kỷ Hợi 2019 to Bính Ngọ 2026), and the cycle's ends. */
    @ParameterizedTest
    @CsvSource({
            "1984, Giáp Tý", "1997, Đinh Sửu", "2019, Kỷ Hợi", "2020, Canh Tý", "2021, Tân Sửu", "2022, Nhâm Dần",
            "2023, Quý Mão", "2024, Giáp Thìn", "2025, Ất Tỵ", "2026, Bính Ngọ", "2043, Quý Hợi", "2044, Giáp Tý"})
    void eachYearHasTheNameItsTetIsCalledBy(int year, String name) {
        assertThat(VietnameseCalendar.lunarYearName(year)).isEqualTo(name);
    }

    @Test
    void theNamesAreWrittenInNfc() {
        for (int year = 2000; year < 2060; year++) {
            String name = VietnameseCalendar.lunarYearName(year);
            assertThat(Normalizer.isNormalized(name, Normalizer.Form.NFC)).as(name).isTrue();
        }
    }

    @Test
    void aYearBeforeTheCommonEraIsRefused() {
        assertThatThrownBy(() -> VietnameseCalendar.lunarYearName(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
