package vn.baocao.api.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;
import vn.baocao.api.report.Report;

/**
 * A report ready to render: its metadata, its numbered sections with their content, and the closing
 * paragraphs before "Nơi nhận:". Renderers only lay it out; every text is already written.
 *
 * @param report the metadata
 * @param sections the sections in order, with their printed numbers
 * @param closing the paragraphs after the last section ("Ban Dân tộc tỉnh báo cáo …./.")
 * @param annexes the annexes after the signature, in order
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record AssembledReport(Report report, List<AssembledSection> sections, List<BlockContent> closing,
                              @API(status = EXPERIMENTAL, since = "0.2") List<AssembledAnnex> annexes) {

    /** A report without annexes. */
    public AssembledReport(Report report, List<AssembledSection> sections, List<BlockContent> closing) {
        this(report, sections, closing, List.of());
    }

    /**
     * An annex (phụ lục), printed after the signature on a page of its own, as Decree 30/2020 lays
     * one out: its label, its title in capitals, the line that ties it to the report, then its content.
     *
     * @param label {@code Phụ lục}, or {@code Phụ lục I}, {@code Phụ lục II} when there are several
     * @param title the annex's title, as the source writes it (printed in capitals)
     * @param attachedTo {@code (Kèm theo Báo cáo số 12/BC-BDT ngày 10 tháng 01 năm 2020 của Ban Dân tộc)}
     * @param content paragraphs, lists, tables and charts in order
     */
    @API(status = EXPERIMENTAL, since = "0.2")
    public record AssembledAnnex(String label, String title, String attachedTo, List<BlockContent> content) {
        public AssembledAnnex {
            content = List.copyOf(content);
        }
    }

    /**
     * One section.
     *
     * @param level 1 for the top level ({@code I.}), 2 ({@code 1.}), 3 ({@code a)})
     * @param number the printed number ({@code I.}, {@code 1.}, {@code a)})
     * @param heading the heading
     * @param runIn whether the first paragraph follows the heading on its line
     * @param content paragraphs, lists and tables in order
     * @param sections the sections below it
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public record AssembledSection(int level, String number, String heading, boolean runIn,
                                   List<BlockContent> content, List<AssembledSection> sections) {
        public AssembledSection {
            content = List.copyOf(content);
            sections = List.copyOf(sections);
        }

        /** The heading line as printed: {@code "I. ĐẶC ĐIỂM TÌNH HÌNH"}. */
        public String numberedHeading() {
            return number + " " + heading;
        }
    }

    public AssembledReport {
        sections = List.copyOf(sections);
        closing = List.copyOf(closing);
        annexes = annexes == null ? List.of() : List.copyOf(annexes);
    }
}
