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

    List<BlockContent> compute(BlockContext context);
}
