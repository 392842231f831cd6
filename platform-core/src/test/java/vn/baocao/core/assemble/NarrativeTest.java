package vn.baocao.core.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.baocao.api.document.DocumentReference;
import vn.baocao.api.spi.TextRun;

/** The lunar year's placeholder: written out, and refused when it names no year. */
class NarrativeTest {

    @Test
    void aLunarPlaceholderWritesTheYearsName() {
        assertThat(Narrative.runs("Dịp Tết Nguyên đán {{lunar 2019}} và **{{lunar 2020}}**", Map.of()))
                .extracting(TextRun::text).containsExactly("Dịp Tết Nguyên đán Kỷ Hợi và ", "Canh Tý");
    }

    @Test
    void aLunarPlaceholderWithoutAYearIsRefusedAndNotPrinted() {
        Map<String, DocumentReference> none = Map.of();
        assertThat(Narrative.check("Tết {{lunar năm nay}}", none)).singleElement()
                .isEqualTo(new Narrative.BadPlaceholder("lunar", "năm nay", Narrative.Fault.NOT_A_YEAR));
        assertThat(Narrative.check("Tết {{lunar 19}}", none)).extracting(Narrative.BadPlaceholder::fault)
                .containsExactly(Narrative.Fault.NOT_A_YEAR);
        assertThat(Narrative.check("Tết {lunar 2019}}", none)).extracting(Narrative.BadPlaceholder::fault)
                .containsExactly(Narrative.Fault.MALFORMED);
        assertThat(Narrative.check("Tết {{lunar 2019}}", none)).isEmpty();
    }
}
