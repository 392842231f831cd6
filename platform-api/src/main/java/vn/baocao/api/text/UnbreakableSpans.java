package vn.baocao.api.text;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The parts of a Vietnamese document's text that a line must not break inside: a date
 * ({@code 10/10/2018}, {@code ngày 10 tháng 01 năm 2020}), a document's number and symbol
 * ({@code Số: 70/KH-UBND}, {@code 1677/NQ-UBTVQH15}, {@code 31-KH/TU}) and a person's title
 * ({@code Phó Trưởng Ban}, {@code Chủ tịch UBND tỉnh}), and a rate per period ({@code 2%/năm}). A format keeps each span on one line its own
 * way: non-breaking characters in DOCX, {@code white-space: nowrap} in HTML and PDF.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class UnbreakableSpans {
    /** One span: {@code text.substring(start, end)}. */
    @API(status = EXPERIMENTAL, since = "0.2")
    public record Span(int start, int end) {}

    private static final String UPPER = "[\\p{Lu}Đ]";
    private static final Pattern SPANS = Pattern.compile(String.join("|",
            // ngày 10 tháng 01 năm 2020, tháng 6 năm 2023, and a day left blank for the signing: ngày      tháng 6 năm 2023
            "(?:ngày\\s+(?:\\d{1,2}\\s+)?)?tháng\\s+(?:\\d{1,2}\\s+)?năm\\s+\\d{4}",
            // Số: 12/BC-BDT, and a symbol alone: 70/KH-UBND, 202/2025/QH15, 31-KH/TU, 375/BDT-CSDT
            "(?:Số:\\s*)?\\d{1,5}(?:/\\d{4})?[/-]" + UPPER + "[\\p{L}0-9]*(?:[/-]" + UPPER + "[\\p{L}0-9]*)*",
            // 10/10/2018, 10/2018
            "\\b\\d{1,2}/(?:\\d{1,2}/)?\\d{4}\\b",
            // a rate: 2%/năm
            "\\d+(?:[.,]\\d+)?%/(?:năm|tháng|quý)",
            // a title, with what it heads: Phó Trưởng Ban, Chủ tịch UBND tỉnh
            "(?:Phó\\s+)?(?:Trưởng\\s+[Bb]an|Chủ\\s+tịch|Giám\\s+đốc|Bí\\s+thư|Chánh\\s+Văn\\s+phòng|Trưởng\\s+phòng|Chánh\\s+Thanh\\s+tra)"
                    + "(?:\\s+(?:UBND|HĐND|Ủy\\s+ban\\s+nhân\\s+dân|MTTQ)(?:\\s+(?:tỉnh|huyện|xã))?)?",
            // the same in the signature block's capitals: PHÓ TRƯỞNG BAN
            "(?:PHÓ\\s+)?(?:TRƯỞNG\\s+BAN|CHỦ\\s+TỊCH|GIÁM\\s+ĐỐC|BÍ\\s+THƯ|CHÁNH\\s+VĂN\\s+PHÒNG|TRƯỞNG\\s+PHÒNG)"));

    private UnbreakableSpans() {}

    /** The spans of the text that must stay on one line, in order, none overlapping. */
    public static List<Span> of(String text) {
        List<Span> spans = new ArrayList<>();
        Matcher m = SPANS.matcher(text);
        while (m.find()) {
            spans.add(new Span(m.start(), m.end()));
        }
        return spans;
    }
}
