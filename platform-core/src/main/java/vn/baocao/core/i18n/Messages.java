package vn.baocao.core.i18n;

import java.text.MessageFormat;
import java.text.Normalizer;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The texts users read, in one language, from the platform's bundle and every plugin's. Texts use
 * {@link MessageFormat} placeholders ({@code {0}}); results are in Unicode NFC.
 */
public final class Messages {
    /** The platform's own bundle. */
    public static final String PLATFORM_BUNDLE = "vn.baocao.core.i18n.messages";

    private final Locale locale;
    private final Map<String, String> texts;

    private Messages(Locale locale, Map<String, String> texts) {
        this.locale = locale;
        this.texts = Collections.unmodifiableMap(texts);
    }

    /** The platform's messages in a language. */
    public static Messages platform(Locale locale) {
        return new Messages(locale, new LinkedHashMap<>(
                BundleLoader.resolve(Messages.class.getModule(), PLATFORM_BUNDLE, locale)));
    }

    /** These messages with another module's bundle added; keys already present are kept. */
    public Messages with(Module module, String baseName) {
        Map<String, String> merged = new LinkedHashMap<>(BundleLoader.resolve(module, baseName, locale));
        merged.putAll(texts);
        return new Messages(locale, merged);
    }

    /** These messages with a plugin's texts added (its English over its Vietnamese in English); keys already present are kept. */
    public Messages with(Map<String, String> vietnamese, Map<String, String> english) {
        Map<String, String> merged = new LinkedHashMap<>(vietnamese);
        if (Language.isEnglish(locale)) {
            merged.putAll(english);
        }
        merged.putAll(texts);
        return new Messages(locale, merged);
    }

    public Locale locale() {
        return locale;
    }

    /** All keys and raw texts, for building a Hibernate Validator bundle. */
    public Map<String, String> texts() {
        return texts;
    }

    /** The raw texts as a resource bundle, for libraries that read bundles (picocli, Hibernate Validator). */
    public ResourceBundle asResourceBundle() {
        return new ResourceBundle() {
            @Override
            protected Object handleGetObject(String key) {
                return texts.get(key);
            }

            @Override
            public Enumeration<String> getKeys() {
                return Collections.enumeration(texts.keySet());
            }
        };
    }

    public Optional<String> find(String key, Object... arguments) {
        String pattern = texts.get(key);
        if (pattern == null) {
            return Optional.empty();
        }
        String text = new MessageFormat(pattern, locale).format(arguments);
        return Optional.of(Normalizer.normalize(text, Normalizer.Form.NFC));
    }

    /**
     * The text for a key that must exist, for text that goes into a document.
     *
     * @throws MissingMessageException if no bundle has the key
     */
    public String require(String key, Object... arguments) {
        return find(key, arguments).orElseThrow(() -> new MissingMessageException(key));
    }

    /** The text for a key; a missing key shows as itself so that it is noticed, never as a crash. */
    public String get(String key, Object... arguments) {
        return find(key, arguments).orElse(key);
    }
}
