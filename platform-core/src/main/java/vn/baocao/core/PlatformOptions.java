package vn.baocao.core;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import vn.baocao.core.i18n.Language;

/**
 * How to start the platform.
 *
 * @param locale the language of every message
 * @param pluginsFolder the folder of drop-in plugins, each jar or sub-folder loaded in its own layer
 * @param disabledPlugins ids of plugins to leave out
 */
public record PlatformOptions(Locale locale, Optional<Path> pluginsFolder, Set<String> disabledPlugins) {

    public PlatformOptions {
        disabledPlugins = Set.copyOf(disabledPlugins);
    }

    /** Vietnamese, plugins from the module path only. */
    public static PlatformOptions defaults() {
        return new PlatformOptions(Language.VIETNAMESE, Optional.empty(), Set.of());
    }

    public PlatformOptions withLocale(Locale other) {
        return new PlatformOptions(other, pluginsFolder, disabledPlugins);
    }

    public PlatformOptions withPluginsFolder(Path folder) {
        return new PlatformOptions(locale, Optional.of(folder), disabledPlugins);
    }
}
