package vn.baocao.api.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/** Content of a report section, independent of the output format. */
@API(status = EXPERIMENTAL, since = "0.1")
public sealed interface BlockContent {

    /** A body paragraph: justified, first line indented. */
    @API(status = EXPERIMENTAL, since = "0.1")
    record Paragraph(List<TextRun> runs) implements BlockContent {
        public Paragraph {
            runs = List.copyOf(runs);
        }

        public static Paragraph of(String text) {
            return new Paragraph(List.of(TextRun.plain(text)));
        }

        /** The text without emphasis. */
        public String text() {
            return runs.stream().map(TextRun::text).collect(Collectors.joining());
        }
    }

    /** Items printed as paragraphs that start with {@code "- "}. */
    @API(status = EXPERIMENTAL, since = "0.1")
    record BulletList(List<Paragraph> items) implements BlockContent {
        public BulletList {
            items = List.copyOf(items);
        }
    }

    /** A table with one header row. */
    @API(status = EXPERIMENTAL, since = "0.1")
    record Table(List<String> header, List<List<String>> rows) implements BlockContent {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }
}
