package vn.baocao.core.plugin;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.baocao.api.spi.Setting;
import vn.baocao.core.i18n.MessageRef;

/**
 * The values an installation sets for one plugin, in {@code conf/plugins/<plugin-id>.properties}
 * (UTF-8, {@code key = value} a line, {@code #} comments): each key must be one the plugin declares
 * and each value of its type; the first that is not is refused with its file and line.
 */
final class PluginSettings {

    /** The values read, by key, or why the file is refused. */
    record Read(Map<String, Object> values, Optional<Acceptance.Refusal> refusal) {}

    private PluginSettings() {}

    static Path fileOf(Path folder, String pluginId) {
        return folder.resolve(pluginId + ".properties");
    }

    static Read read(Optional<Path> folder, String pluginId, List<Setting<?>> declared) {
        Optional<Path> file = folder.map(f -> fileOf(f, pluginId)).filter(Files::isRegularFile);
        if (file.isEmpty()) {
            return new Read(Map.of(), Optional.empty());
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file.get(), StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            return refused(MessageRef.of("plugin.settings.notUtf8", file.get()), MessageRef.of("plugin.settings.notUtf8.hint"));
        } catch (IOException e) {
            return refused(MessageRef.of("plugin.settings.unreadable", file.get(), String.valueOf(e.getMessage())), MessageRef.of("plugin.settings.hint", pluginId));
        }
        Map<String, Setting<?>> byKey = new LinkedHashMap<>();
        declared.forEach(s -> byKey.put(s.key(), s));
        String known = byKey.isEmpty() ? "—" : String.join(", ", byKey.keySet());
        Map<String, Object> values = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = Normalizer.normalize(lines.get(n), Normalizer.Form.NFC).strip();
            String at = file.get() + ":" + (n + 1);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                return refused(MessageRef.of("plugin.settings.notKeyValue", at, line), MessageRef.of("plugin.settings.hint", pluginId));
            }
            String key = line.substring(0, eq).strip();
            String text = line.substring(eq + 1).strip();
            Setting<?> setting = byKey.get(key);
            if (setting == null) {
                MessageRef hint = vn.baocao.core.read.Suggestions.nearest(key, byKey.keySet())
                        .map(near -> MessageRef.of("plugin.settings.didYouMean", near, known))
                        .orElse(MessageRef.of("plugin.settings.known", known));
                return refused(MessageRef.of("plugin.settings.unknown", at, key, pluginId), hint);
            }
            if (!seen.add(key)) {
                return refused(MessageRef.of("plugin.settings.twice", at, key), MessageRef.of("plugin.settings.twice.hint"));
            }
            try {
                values.put(key, setting.parse(text));
            } catch (IllegalArgumentException e) {
                return refused(MessageRef.of("plugin.settings.wrongType", at, key, text, MessageRef.of("plugin.settings.type." + setting.type())),
                        MessageRef.of("plugin.settings.wrongType.hint", key, String.valueOf(setting.defaultValue())));
            }
        }
        return new Read(values, Optional.empty());
    }

    /** Keys declared twice by one plugin, which no file could set apart. */
    static Optional<String> duplicateKey(List<Setting<?>> declared) {
        Set<String> seen = new HashSet<>();
        return declared.stream().map(Setting::key).filter(k -> !seen.add(k)).findFirst();
    }

    static String keysOf(List<Setting<?>> declared) {
        return declared.stream().map(Setting::key).collect(Collectors.joining(", "));
    }

    private static Read refused(MessageRef reason, MessageRef hint) {
        return new Read(Map.of(), Optional.of(new Acceptance.Refusal(PluginStatus.FAILED, reason, hint)));
    }
}
