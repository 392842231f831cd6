package vn.baocao.api.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;
import vn.baocao.api.text.LocalizedText;

/**
 * A part of a report section computed from data, such as "Năm 2023, toàn tỉnh có … cặp tảo hôn,
 * giảm …% so với năm 2022". A report source places a block in a section by its id.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface ReportBlock {

    /** A stable id, unique on the platform ({@code child-marriage.yearly-summary}). */
    String id();

    LocalizedText name();

    /**
     * The options a source may give this block. A use of the block that gives an option not listed
     * here, leaves out a required one or gives a value of the wrong type is refused before the
     * block computes, so {@link #compute} may read {@link BlockContext#options()} as declared.
     */
    default List<BlockOption> options() {
        return List.of();
    }

    /** The block's content; empty when the data gives it nothing to say, which the source is warned of. */
    List<BlockContent> compute(BlockContext context);
}
