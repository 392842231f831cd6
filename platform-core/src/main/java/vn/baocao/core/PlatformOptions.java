package vn.baocao.core;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import vn.baocao.api.spi.ProgramTypeProvider;
import vn.baocao.core.data.DataSettings;
import vn.baocao.core.i18n.Language;
import vn.baocao.core.source.ReportDefaults;

/**
 * How to start the platform.
 *
 * @param locale the language of every message
 * @param pluginsFolder the folder of drop-in plugins, each jar or sub-folder loaded in its own layer
 * @param disabledPlugins ids of plugins to leave out
 * @param respectLock whether the plugins folder's lock file applies (false only to write a new one)
 * @param reportDefaults what the installation fills into a report that leaves it out
 * @param data the installation's rule files, number style and data folder
 */
public record PlatformOptions(Locale locale, Optional<Path> pluginsFolder, Set<String> disabledPlugins, boolean respectLock,
                              ReportDefaults reportDefaults, DataSettings data, Optional<Path> pluginSettingsFolder,
                              Optional<List<ProgramTypeProvider>> givenPlugins) {

    public PlatformOptions {
        disabledPlugins = Set.copyOf(disabledPlugins);
        data = data == null ? DataSettings.NONE : data;
        pluginSettingsFolder = pluginSettingsFolder == null ? Optional.empty() : pluginSettingsFolder;
        givenPlugins = givenPlugins == null ? Optional.empty() : givenPlugins.map(List::copyOf);
    }

    public PlatformOptions(Locale locale, Optional<Path> pluginsFolder, Set<String> disabledPlugins, boolean respectLock,
                           ReportDefaults reportDefaults, DataSettings data) {
        this(locale, pluginsFolder, disabledPlugins, respectLock, reportDefaults, data, Optional.empty(), Optional.empty());
    }

    public PlatformOptions(Locale locale, Optional<Path> pluginsFolder, Set<String> disabledPlugins, boolean respectLock,
                           ReportDefaults reportDefaults) {
        this(locale, pluginsFolder, disabledPlugins, respectLock, reportDefaults, DataSettings.NONE);
    }

    public PlatformOptions(Locale locale, Optional<Path> pluginsFolder, Set<String> disabledPlugins, boolean respectLock) {
        this(locale, pluginsFolder, disabledPlugins, respectLock, ReportDefaults.NONE);
    }

    public PlatformOptions(Locale locale, Optional<Path> pluginsFolder, Set<String> disabledPlugins) {
        this(locale, pluginsFolder, disabledPlugins, true);
    }

    /** The same options with the lock file ignored: {@code baocao plugins verify} checks what is there now. */
    public PlatformOptions ignoringLock() {
        return new PlatformOptions(locale, pluginsFolder, disabledPlugins, false, reportDefaults, data, pluginSettingsFolder, givenPlugins);
    }

    /** Vietnamese, plugins from the module path only. */
    public static PlatformOptions defaults() {
        return new PlatformOptions(Language.VIETNAMESE, Optional.empty(), Set.of());
    }

    public PlatformOptions withLocale(Locale other) {
        return new PlatformOptions(other, pluginsFolder, disabledPlugins, respectLock, reportDefaults, data, pluginSettingsFolder, givenPlugins);
    }

    public PlatformOptions withPluginsFolder(Path folder) {
        return new PlatformOptions(locale, Optional.of(folder), disabledPlugins, respectLock, reportDefaults, data, pluginSettingsFolder, givenPlugins);
    }

    public PlatformOptions withReportDefaults(ReportDefaults defaults) {
        return new PlatformOptions(locale, pluginsFolder, disabledPlugins, respectLock, defaults, data, pluginSettingsFolder, givenPlugins);
    }

    public PlatformOptions withData(DataSettings settings) {
        return new PlatformOptions(locale, pluginsFolder, disabledPlugins, respectLock, reportDefaults, settings, pluginSettingsFolder, givenPlugins);
    }

    /** The same options with the plugins' settings read from {@code <folder>/<plugin-id>.properties}. */
    public PlatformOptions withPluginSettings(Path folder) {
        return new PlatformOptions(locale, pluginsFolder, disabledPlugins, respectLock, reportDefaults, data, Optional.of(folder), givenPlugins);
    }

    /**
     * The same options with only these program plugins, given as instances, instead of those found on
     * the module path (the testkit loads the plugin under test so); none for only a plugins folder's.
     */
    public PlatformOptions withOnly(List<ProgramTypeProvider> plugins) {
        return new PlatformOptions(locale, pluginsFolder, disabledPlugins, respectLock, reportDefaults, data, pluginSettingsFolder,
                Optional.of(plugins));
    }
}
