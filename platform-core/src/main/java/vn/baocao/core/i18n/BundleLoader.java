package vn.baocao.core.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Reads a message bundle from a module: the base file holds Vietnamese, {@code _en} English.
 *
 * <p>{@link java.util.ResourceBundle#getBundle} is not used: in a named module it ignores a
 * {@code Control}, and its fallback to the machine's default locale would serve English to a user
 * who asked for Vietnamese on an English machine.
 */
public final class BundleLoader {
    private BundleLoader() {}

    /** The keys and texts of one file of a bundle, or empty if the module has no such file. */
    public static Optional<Map<String, String>> read(Module module, String baseName, Locale locale) {
        String path = baseName.replace('.', '/') + suffix(locale) + ".properties";
        try (InputStream in = module.getResourceAsStream(path)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            Map<String, String> texts = new TreeMap<>();
            properties.stringPropertyNames().forEach(k -> texts.put(k, properties.getProperty(k)));
            return Optional.of(texts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read message bundle " + path + " of " + module, e);
        }
    }

    /** The texts for a locale: English over the Vietnamese base, so a missing key still shows something. */
    public static Map<String, String> resolve(Module module, String baseName, Locale locale) {
        Map<String, String> texts = new TreeMap<>(read(module, baseName, Language.VIETNAMESE).orElse(Map.of()));
        if (Language.isEnglish(locale)) {
            read(module, baseName, locale).ifPresent(texts::putAll);
        }
        return texts;
    }

    private static String suffix(Locale locale) {
        return Language.isEnglish(locale) ? "_en" : "";
    }
}
