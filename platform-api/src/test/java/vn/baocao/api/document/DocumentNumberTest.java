package vn.baocao.api.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentNumberTest {

    @ParameterizedTest
    @CsvSource({
            // text,           form,  type, issuer,  printed
            "70/KH-UBND,       STATE, KH,   UBND,    70/KH-UBND",
            "595/BC-BDT,       STATE, BC,   BDT,     595/BC-BDT",
            "375/BDT-CSDT,     STATE, ,     BDT-CSDT, 375/BDT-CSDT",
            "31-KH/TU,         PARTY, KH,   TU,      31-KH/TU",
            "8-HD/BDVTU,       PARTY, HD,   BDVTU,   08-HD/BDVTU",
            "12/2018/QĐ-TTg,   STATE, QĐ,   TTg,     12/2018/QĐ-TTg",
            "88/2019/QH14,     STATE, ,     QH14,    88/2019/QH14",
            "5/BC-BDT,         STATE, BC,   BDT,     05/BC-BDT",
            "/BC-BDT,          STATE, BC,   BDT,     /BC-BDT"})
    void bothConventionsParseAndPrintWithLeadingZero(String text, SymbolForm form, String type, String issuer, String printed) {
        DocumentNumber number = DocumentNumber.parse(text);
        assertThat(number.form()).isEqualTo(form);
        assertThat(number.typeCode().orElse(null)).isEqualTo(type);
        assertThat(number.issuerCode()).isEqualTo(issuer);
        assertThat(number).hasToString(printed);
        assertThat(DocumentNumber.parse(number.toString())).isEqualTo(number);
    }

    @Test
    void anUnnumberedReportIsNumberedAtSigning() {
        DocumentNumber draft = DocumentNumber.parse("/BC-BDT");
        assertThat(draft.isNumbered()).isFalse();
        assertThat(draft.withNumber(7)).hasToString("07/BC-BDT");
    }

    @ParameterizedTest
    @CsvSource({"'595/BC- BDT', SPACE", "'', EMPTY", "BC-BDT, SYNTAX", "0/BC-BDT, NUMBER", "70//KH-UBND, SYNTAX"})
    void malformedSymbolsSayWhatIsWrong(String text, DocumentNumberFormatException.Reason reason) {
        assertThatThrownBy(() -> DocumentNumber.parse(text))
                .isInstanceOfSatisfying(DocumentNumberFormatException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
