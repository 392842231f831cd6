package vn.baocao.api.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnbreakableSpansTest {

    private static List<String> spans(String text) {
        return UnbreakableSpans.of(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void datesSymbolsAndTitlesAreFoundWhereTheSeedWritesThem() {
        assertThat(spans("Thực hiện Kế hoạch số 70/KH-UBND ngày 10/10/2018 của UBND tỉnh"))
                .containsExactly("70/KH-UBND", "10/10/2018");
        assertThat(spans("Quảng Ngãi, ngày 26 tháng 6 năm 2023")).containsExactly("ngày 26 tháng 6 năm 2023");
        assertThat(spans("Số: 595/BC-BDT")).containsExactly("Số: 595/BC-BDT");
        assertThat(spans("theo Nghị quyết số 1677/NQ-UBTVQH15 và 202/2025/QH15, Kế hoạch 31-KH/TU"))
                .containsExactly("1677/NQ-UBTVQH15", "202/2025/QH15", "31-KH/TU");
        assertThat(spans("đồng chí Phó Trưởng Ban phụ trách, Chủ tịch UBND tỉnh chỉ đạo"))
                .containsExactly("Phó Trưởng Ban", "Chủ tịch UBND tỉnh");
        assertThat(spans("Giảm bình quân 2%/năm: đạt")).containsExactly("2%/năm");
        assertThat(spans("Quảng Ngãi, ngày      tháng 6 năm 2023")).containsExactly("ngày      tháng 6 năm 2023");
        assertThat(spans("KT. TRƯỞNG BAN")).containsExactly("TRƯỞNG BAN");
    }

    @Test
    void plainFiguresAndWordsAreLeftToBreak() {
        assertThat(spans("Năm 2023, toàn tỉnh có 12 cặp tảo hôn, giảm 14,3% so với năm 2022")).isEmpty();
        assertThat(spans("tháng Giêng")).isEmpty();
    }
}
