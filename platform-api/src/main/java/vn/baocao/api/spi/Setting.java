package vn.baocao.api.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import vn.baocao.api.text.LocalizedText;

/**
 * A quantity an installation may set for a plugin, where provinces differ (an allotment, a ceiling).
 * The plugin declares it with its default ({@link ProgramTypeProvider#settings()}), the installation
 * sets it in {@code conf/plugins/<plugin-id>.properties}, and the plugin reads the value in force
 * with {@link ProgramContext#setting(Setting)}.
 *
 * <pre>{@code
 * static final Setting<BigDecimal> CEILING = Setting.decimal("cost-ceiling-per-household", "180000",
 *         LocalizedText.of("Chi phí tối đa một hộ (đồng)", "Highest cost a household (đồng)"));
 * }</pre>
 *
 * @param <T> the type of its value
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class Setting<T> {

    /** What a setting's value is written as. */
    @API(status = EXPERIMENTAL, since = "0.2")
    public enum Type {
        /** An exact decimal with a point: {@code 0.1}, {@code 180000}. */
        DECIMAL,
        /** A whole number: {@code 12}. */
        INTEGER,
        /** {@code true} or {@code false}. */
        FLAG,
        /** Any text. */
        TEXT
    }

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*");
    private static final Pattern DECIMAL_TEXT = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern INTEGER_TEXT = Pattern.compile("-?\\d{1,18}");

    private final String key;
    private final Type type;
    private final T defaultValue;
    private final LocalizedText meaning;
    private final Function<String, T> parser;

    private Setting(String key, Type type, String defaultText, LocalizedText meaning, Function<String, T> parser) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("setting key '" + key + "': lower-case words joined by '-' or '.'");
        }
        this.key = key;
        this.type = type;
        this.meaning = Objects.requireNonNull(meaning, "meaning");
        this.parser = parser;
        this.defaultValue = parse(Objects.requireNonNull(defaultText, "default value"));
    }

    /** A decimal held exactly, written with a point: {@code 0.1}. */
    public static Setting<BigDecimal> decimal(String key, String defaultValue, LocalizedText meaning) {
        return new Setting<>(key, Type.DECIMAL, defaultValue, meaning, text -> {
            if (!DECIMAL_TEXT.matcher(text).matches()) {
                throw new IllegalArgumentException(text);
            }
            return new BigDecimal(text);
        });
    }

    public static Setting<Long> integer(String key, long defaultValue, LocalizedText meaning) {
        return new Setting<>(key, Type.INTEGER, Long.toString(defaultValue), meaning, text -> {
            if (!INTEGER_TEXT.matcher(text).matches()) {
                throw new IllegalArgumentException(text);
            }
            return Long.parseLong(text);
        });
    }

    public static Setting<Boolean> flag(String key, boolean defaultValue, LocalizedText meaning) {
        return new Setting<>(key, Type.FLAG, Boolean.toString(defaultValue), meaning, text -> {
            if (!text.equals("true") && !text.equals("false")) {
                throw new IllegalArgumentException(text);
            }
            return Boolean.valueOf(text);
        });
    }

    public static Setting<String> text(String key, String defaultValue, LocalizedText meaning) {
        return new Setting<>(key, Type.TEXT, defaultValue, meaning, text -> Normalizer.normalize(text, Normalizer.Form.NFC));
    }

    /** Lower-case words joined by {@code -} or {@code .}, unique within the plugin. */
    public String key() {
        return key;
    }

    public Type type() {
        return type;
    }

    public T defaultValue() {
        return defaultValue;
    }

    /** What it is, in Vietnamese and English, for {@code baocao plugins --settings}. */
    public LocalizedText meaning() {
        return meaning;
    }

    /**
     * The value a settings file writes, surrounding spaces left out.
     *
     * @throws IllegalArgumentException if the text is not a value of this setting's type
     */
    public T parse(String text) {
        return parser.apply(text.strip());
    }

    @Override
    public String toString() {
        return key + " (" + type + ", " + defaultValue + ")";
    }
}
