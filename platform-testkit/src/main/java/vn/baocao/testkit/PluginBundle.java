package vn.baocao.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/** One language of a plugin's message bundle, read from the plugin's own module as the platform reads it. */
final class PluginBundle {
    private final Locale locale;
    private final Properties texts;

    private PluginBundle(Locale locale, Properties texts) {
        this.locale = locale;
        this.texts = texts;
    }

    /** The file for the base name ({@code vn.example.messages}) beside {@code owner}, or empty. */
    static Optional<PluginBundle> read(Class<?> owner, String resource, Locale locale) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties texts = new Properties();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return Optional.of(new PluginBundle(locale, texts));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The resource of a base name in each language: Vietnamese in the base file, English in {@code _en}. */
    static String resource(String baseName, Locale locale) {
        String path = "/" + baseName.replace('.', '/');
        return locale.getLanguage().equals("en") ? path + "_en.properties" : path + ".properties";
    }

    /** Several bundles of one plugin as one: a key is looked up in the order they were added. */
    static PluginBundle merged(List<PluginBundle> bundles, Locale locale) {
        Properties all = new Properties();
        for (int i = bundles.size() - 1; i >= 0; i--) {
            all.putAll(bundles.get(i).texts);
        }
        return new PluginBundle(locale, all);
    }

    boolean has(String key) {
        return texts.containsKey(key);
    }

    Optional<String> format(String key, Object... arguments) {
        String pattern = texts.getProperty(key);
        return pattern == null ? Optional.empty() : Optional.of(new MessageFormat(pattern, locale).format(arguments));
    }
}
