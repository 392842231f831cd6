package vn.baocao.core.plugin;

import java.util.Optional;
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
 */
public record PluginRecord(String id, Optional<String> version, Optional<String> module, String location,
                           PluginStatus status, Optional<MessageRef> reason, Optional<MessageRef> hint) {

    static PluginRecord loaded(String id, String version, String module, String location) {
        return new PluginRecord(id, Optional.of(version), Optional.of(module), location, PluginStatus.LOADED,
                Optional.empty(), Optional.empty());
    }

    static PluginRecord refused(String id, Optional<String> version, Optional<String> module, String location,
                                PluginStatus status, MessageRef reason, MessageRef hint) {
        return new PluginRecord(id, version, module, location, status, Optional.of(reason), Optional.ofNullable(hint));
    }
}
