package vn.baocao.core.plugin;

/** What became of a plugin at start-up. */
public enum PluginStatus {
    /** Loaded; its contributions are in use. */
    LOADED,
    /** Left out on purpose (configuration or {@code --disable-plugin}). */
    DISABLED,
    /** Declares a platform range that excludes this platform. */
    INCOMPATIBLE,
    /** Uses an id or code that another plugin already has. */
    CONFLICT,
    /** Could not be loaded: broken jar, missing module descriptor or {@code opens}, an exception. */
    FAILED;

    /** Refused by the platform, not left out on purpose: what it would have contributed is missing. */
    public boolean refused() {
        return this == INCOMPATIBLE || this == CONFLICT || this == FAILED;
    }
}
