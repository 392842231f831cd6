package vn.baocao.api.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import org.apiguardian.api.API;
import vn.baocao.api.service.IndicatorCatalog;

/** What a report block may read when it computes its content. */
@API(status = EXPERIMENTAL, since = "0.1")
public interface BlockContext {

    Locale locale();

    RuleSubject source();

    IndicatorCatalog indicators();

    /** A message of the plugin's bundle in the report's language, with its placeholders filled. */
    String message(String key, Object... arguments);
}
