package vn.baocao.core.source;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One item of a section's content. A plain text is a paragraph written by staff; otherwise exactly
 * one of {@code paragraph}, {@code bullet} or {@code block} is given:
 *
 * <pre>
 * - Ban Dân tộc tỉnh là cơ quan chuyên môn …          # a paragraph
 * - bullet: Tiếp tục thực hiện nghiêm túc {{cite 31-KH/TU}}.
 * - block: programs-carried-out                        # computed from the data
 *   options: {intro: "Tổ chức triển khai …"}
 * </pre>
 *
 * Narrative may cite documents of the source by their symbol: {@code {{cite 31-KH/TU}}} writes the
 * full citation, {@code {{ref 375/BDT-CSDT}}} type, number and date; {@code {{lunar 2019}}} writes
 * the lunar year's name ("Kỷ Hợi"); {@code *…*} is italic and {@code **…**} bold.
 */
public record ContentItem(Optional<String> paragraph, Optional<String> bullet, Optional<String> block,
                          Map<String, String> options) {

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public ContentItem {
        paragraph = paragraph == null ? Optional.empty() : paragraph;
        bullet = bullet == null ? Optional.empty() : bullet;
        block = block == null ? Optional.empty() : block;
        options = options == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    /** A plain text in the source is a paragraph. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ContentItem of(String paragraph) {
        return new ContentItem(Optional.ofNullable(paragraph), Optional.empty(), Optional.empty(), Map.of());
    }

    /** How many of the three kinds the item gives; exactly one is right. */
    int kinds() {
        return (paragraph.isPresent() ? 1 : 0) + (bullet.isPresent() ? 1 : 0) + (block.isPresent() ? 1 : 0);
    }
}
