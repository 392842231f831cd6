package vn.baocao.core.source;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * An annex (phụ lục) of a report: the tables and figures that follow the signature on pages of
 * their own, with a title and content written as a section's is.
 *
 * @param title what the annex holds ("Số liệu tảo hôn theo đơn vị hành chính")
 * @param content paragraphs, bullets and blocks, in order
 */
public record Annex(@NotBlank String title, List<@NotNull ContentItem> content) {
    public Annex {
        content = content == null ? List.of() : List.copyOf(content);
    }
}
