package vn.baocao.core.plugin;

import java.util.Map;
import java.util.TreeMap;

/** A plugin's message bundle as read when it was accepted: its keys in Vietnamese and in English. */
public record PluginTexts(String baseName, Map<String, String> vietnamese, Map<String, String> english) {
    public PluginTexts {
        vietnamese = Map.copyOf(new TreeMap<>(vietnamese));
        english = Map.copyOf(new TreeMap<>(english));
    }
}
