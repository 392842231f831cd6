package vn.baocao.api.spi;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;
import vn.baocao.api.text.LocalizedText;
import vn.baocao.api.version.Version;
import vn.baocao.api.version.VersionRange;

/**
 * A plugin's identity and the platform versions it works with.
 *
 * @param id lower-case id, unique among loaded plugins ({@code child-marriage})
 * @param version the plugin's own version
 * @param name a name for people, in Vietnamese and English
 * @param platformRange the platform versions it supports ({@code ">=0.1 & <1.0"})
 */
@API(status = STABLE, since = "0.1")
public record PluginDescriptor(String id, Version version, LocalizedText name, VersionRange platformRange) {

    public PluginDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(platformRange, "platformRange");
    }

    /** Convenience for plugin code: versions and range as text. */
    public static PluginDescriptor of(String id, String version, LocalizedText name, String platformRange) {
        return new PluginDescriptor(id, Version.parse(version), name, VersionRange.parse(platformRange));
    }
}
