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
 * @param respectLock whether the plugins folder's lock file applies (false only to write a new one)
 */
public record PlatformOptions(Locale locale, Optional<Path> pluginsFolder, Set<String> disabledPlugins, boolean respectLock) {

    public PlatformOptions {
        disabledPlugins = Set.copyOf(disabledPlugins);
    }

    public PlatformOptions(Locale locale, Optional<Path> pluginsFolder, Set<String> disabledPlugins) {
        this(locale, pluginsFolder, disabledPlugins, true);
    }

    /** The same options with the lock file ignored: {@code baocao plugins verify} checks what is there now. */
    public PlatformOptions ignoringLock() {
        return new PlatformOptions(locale, pluginsFolder, disabledPlugins, false);
    }

    /** Vietnamese, plugins from the module path only. */
    public static PlatformOptions defaults() {
        return new PlatformOptions(Language.VIETNAMESE, Optional.empty(), Set.of());
    }

    public PlatformOptions withLocale(Locale other) {
        return new PlatformOptions(other, pluginsFolder, disabledPlugins, respectLock);
    }

    public PlatformOptions withPluginsFolder(Path folder) {
        return new PlatformOptions(locale, Optional.of(folder), disabledPlugins, respectLock);
    }
}
