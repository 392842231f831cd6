package vn.baocao.api.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import vn.baocao.api.service.IndicatorCatalog;

/** What a report block may read when it computes its content. */
@API(status = EXPERIMENTAL, since = "0.1")
public interface BlockContext {

    /** The report source: metadata, campaign, programs. */
    RuleSubject source();

    IndicatorCatalog indicators();

    /** The options the report source gives this use of the block ({@code program: child-marriage}). */
    Map<String, String> options();

    /**
     * A message of the plugin's bundle in the report's language, with its placeholders filled. A key in
     * neither bundle stops the report at the block's place, never a bare key in the document.
     */
    String message(String key, Object... arguments);

    /** Text with the inline markup of narrative ({@code *italic*}, {@code **bold**}) as runs. */
    List<TextRun> inline(String text);
}
