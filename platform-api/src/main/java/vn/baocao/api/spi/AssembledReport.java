package vn.baocao.api.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;
import vn.baocao.api.report.Report;

/**
 * A report ready to render: its metadata and, for each numbered section, the content the staff
 * wrote and the blocks computed.
 *
 * @param report the metadata and outline
 * @param locale the language of the generated text
 * @param sections the sections in order, with their printed numbers
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record AssembledReport(Report report, Locale locale, List<AssembledSection> sections) {

    /**
     * One section.
     *
     * @param number the printed number ({@code I.}, {@code 1.}, {@code a)})
     * @param heading the heading
     * @param content paragraphs, lists and tables in order
     * @param sections the sections below it
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public record AssembledSection(String number, String heading, List<BlockContent> content,
                                   List<AssembledSection> sections) {
        public AssembledSection {
            content = List.copyOf(content);
            sections = List.copyOf(sections);
        }
    }

    public AssembledReport {
        sections = List.copyOf(sections);
    }
}
