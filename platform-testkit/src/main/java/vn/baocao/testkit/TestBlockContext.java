package vn.baocao.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import vn.baocao.api.indicator.Indicator;
import vn.baocao.api.program.ProgramType;
import vn.baocao.api.service.IndicatorCatalog;
import vn.baocao.api.spi.BlockContext;
import vn.baocao.api.spi.RuleSubject;
import vn.baocao.api.spi.TextRun;

/**
 * A block context as the platform builds it for a report in Vietnamese: the plugin's message bundle
 * (its base file), its indicators, and the options a source would give.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class TestBlockContext implements BlockContext {
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private final RuleSubject source;
    private final List<Indicator> indicators;
    private final Map<String, String> options;
    private final PluginBundle messages;

    /**
     * @param bundleResource the plugin's bundle as a resource of {@code owner}'s module
     *                       ({@code "messages.properties"} beside the class)
     */
    public TestBlockContext(Class<?> owner, String bundleResource, RuleSubject source, List<Indicator> indicators,
                            Map<String, String> options) {
        this(PluginBundle.read(owner, bundleResource, VIETNAMESE).orElseThrow(
                () -> new IllegalArgumentException("no bundle " + bundleResource + " beside " + owner.getName())),
                source, indicators, options);
    }

    TestBlockContext(PluginBundle messages, RuleSubject source, List<Indicator> indicators, Map<String, String> options) {
        this.messages = messages;
        this.source = source;
        this.indicators = List.copyOf(indicators);
        this.options = Map.copyOf(options);
    }

    @Override
    public RuleSubject source() {
        return source;
    }

    @Override
    public IndicatorCatalog indicators() {
        return new IndicatorCatalog() {
            @Override public Optional<Indicator> indicator(String code) {
                return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
            }
            @Override public List<Indicator> indicators() {
                return indicators;
            }
            @Override public Optional<ProgramType> programType(String id) {
                return Optional.empty();
            }
            @Override public List<ProgramType> programTypes() {
                return List.of();
            }
        };
    }

    @Override
    public Map<String, String> options() {
        return options;
    }

    @Override
    public String message(String key, Object... arguments) {
        return messages.format(key, arguments).orElseThrow(() -> new IllegalArgumentException("no message " + key));
    }

    /** Only the emphasis markers; tests compare plain text. */
    @Override
    public List<TextRun> inline(String text) {
        List<TextRun> runs = new ArrayList<>();
        runs.add(TextRun.plain(text.replace("*", "")));
        return runs;
    }
}
