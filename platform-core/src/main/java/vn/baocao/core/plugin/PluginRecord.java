package vn.baocao.core.plugin;

import java.util.List;
import java.util.Optional;
import vn.baocao.api.spi.Setting;
import vn.baocao.core.i18n.MessageRef;

/**
 * One row of the plugin report.
 *
 * @param id the plugin id, or the file name when the plugin could not be read far enough to know it
 * @param version the plugin's version, if known
 * @param module the JPMS module name, if known
 * @param location the jar or folder it came from
 * @param status what became of it
 * @param reason why, when it was not loaded
 * @param hint what would fix it
 * @param failure what the plugin threw, when it failed while registering: {@code --debug} and the testkit show where
 * @param settings the settings it declares, when it got as far as declaring them (a plugin refused for its
 *                 settings file keeps them, so that {@code baocao plugins --settings} can still list them)
 */
public record PluginRecord(String id, Optional<String> version, Optional<String> module, String location,
                           PluginStatus status, Optional<MessageRef> reason, Optional<MessageRef> hint,
                           Optional<Throwable> failure, List<Setting<?>> settings) {

    public PluginRecord {
        settings = List.copyOf(settings);
    }

    static PluginRecord loaded(String id, String version, String module, String location, List<Setting<?>> settings) {
        return new PluginRecord(id, Optional.of(version), Optional.of(module), location, PluginStatus.LOADED,
                Optional.empty(), Optional.empty(), Optional.empty(), settings);
    }

    static PluginRecord refused(String id, Optional<String> version, Optional<String> module, String location,
                                PluginStatus status, MessageRef reason, MessageRef hint) {
        return refused(id, version, module, location, status, reason, hint, Optional.empty(), List.of());
    }

    static PluginRecord refused(String id, Optional<String> version, Optional<String> module, String location,
                                PluginStatus status, MessageRef reason, MessageRef hint, Optional<Throwable> failure,
                                List<Setting<?>> settings) {
        return new PluginRecord(id, version, module, location, status, Optional.of(reason), Optional.ofNullable(hint), failure, settings);
    }
}
