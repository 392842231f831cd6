package vn.baocao.core;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import vn.baocao.api.version.Version;
import vn.baocao.core.assemble.DocumentMessages;
import vn.baocao.core.i18n.Language;
import vn.baocao.core.source.ReportDefaults;
import vn.baocao.core.i18n.Messages;
import vn.baocao.core.inject.PlatformModule;
import vn.baocao.core.plugin.PluginLoader;
import vn.baocao.core.plugin.PluginRecord;
import vn.baocao.core.plugin.Registry;
import vn.baocao.core.source.SourceChecker;

/**
 * The running platform: plugins loaded, their contributions composed, messages in one language.
 * This is the one entry point the command line (and later the server) uses.
 */
public final class Platform {
    private final Version version;
    private final List<PluginRecord> pluginReport;
    private final Registry registry;
    private final Messages messages;
    private final Injector injector;

    private Platform(Version version, PluginLoader.Result loaded, Messages messages, Messages documentText,
                     ReportDefaults reportDefaults, vn.baocao.core.data.DataSettings data) {
        this.version = version;
        this.pluginReport = loaded.report();
        this.registry = loaded.registry();
        this.messages = messages;
        // DEVELOPMENT stage: singletons are built when first asked for, which keeps start-up short
        this.injector = Guice.createInjector(Stage.DEVELOPMENT,
                new PlatformModule(registry, messages, new DocumentMessages(documentText), reportDefaults, data));
    }

    public static Platform start(PlatformOptions options) {
        return startAs(version(), options);
    }

    /**
     * A platform that takes itself for another version, so that a plugin's test can check how its
     * platform range is met (the testkit does).
     */
    public static Platform startAs(Version version, PlatformOptions options) {
        LibraryLogging.configureIfUnset();
        // Guice's generated classes live in an unnamed module that cannot reach module-private
        // packages (nor plugin layers); plain reflection can, and starts faster
        System.setProperty("guice_bytecode_gen_option", System.getProperty("guice_bytecode_gen_option", "DISABLED"));
        PluginLoader loader = new PluginLoader(version, options.disabledPlugins(), options.respectLock()).withSettings(options.pluginSettingsFolder());
        PluginLoader.Result loaded = options.givenPlugins().isEmpty() ? loader.load(options.pluginsFolder())
                : loader.load(options.givenPlugins().get(), options.pluginsFolder());
        return new Platform(version, loaded, withPluginBundles(Messages.platform(options.locale()), loaded.registry()),
                withPluginBundles(Messages.platform(Language.VIETNAMESE), loaded.registry()), options.reportDefaults(), options.data());
    }

    private static Messages withPluginBundles(Messages messages, Registry registry) {
        Messages all = messages;
        for (Registry.Owned<vn.baocao.core.plugin.PluginTexts> bundle : registry.texts()) {
            all = all.with(bundle.item().vietnamese(), bundle.item().english());
        }
        return all;
    }

    /** This platform's version, against which plugins' ranges are checked. */
    public static Version version() {
        try (InputStream in = Platform.class.getResourceAsStream("platform.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return Version.parse(properties.getProperty("version"));
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the platform's version is missing from its jar", e);
        }
    }

    public Version platformVersion() {
        return version;
    }

    public List<PluginRecord> pluginReport() {
        return pluginReport;
    }

    public Registry registry() {
        return registry;
    }

    /** The platform's and the plugins' messages in another language (a server answers each caller in theirs). */
    public Messages messagesIn(java.util.Locale locale) {
        return withPluginBundles(Messages.platform(locale), registry);
    }

    public Messages messages() {
        return messages;
    }

    public SourceChecker sourceChecker() {
        return injector.getInstance(SourceChecker.class);
    }

    /** Any service the platform composes, for commands and tests. */
    public <T> T service(Class<T> type) {
        return injector.getInstance(type);
    }
}
