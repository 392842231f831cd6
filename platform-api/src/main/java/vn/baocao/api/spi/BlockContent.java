package vn.baocao.api.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/** Content a report block produces, independent of the output format. */
@API(status = EXPERIMENTAL, since = "0.1")
public sealed interface BlockContent {

    /** A body paragraph. */
    @API(status = EXPERIMENTAL, since = "0.1")
    record Paragraph(String text) implements BlockContent {}

    /** A list whose items are printed with a leading {@code -}. */
    @API(status = EXPERIMENTAL, since = "0.1")
    record BulletList(List<String> items) implements BlockContent {
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
