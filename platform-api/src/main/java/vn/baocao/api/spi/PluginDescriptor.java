package vn.baocao.api.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.INTERNAL;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import vn.baocao.api.internal.Required;
import vn.baocao.api.text.LocalizedText;
import vn.baocao.api.version.Version;
import vn.baocao.api.version.VersionRange;

/**
 * A plugin's identity, the platform versions it works with and the plugins it needs. A plugin builds
 * it with {@link #builder(String)}, its version taken from its own module:
 *
 * <pre>{@code
 * PluginDescriptor.builder("prestigious-persons")
 *         .name("Chính sách đối với người có uy tín", "Policy for prestigious persons")
 *         .versionOf(PrestigiousPersonsPlugin.class)
 *         .platformRange(">=0.2 & <1.0")
 *         .build();
 * }</pre>
 *
 * @param id lower-case id, unique among loaded plugins ({@code child-marriage})
 * @param version the plugin's own version
 * @param name a name for people, in Vietnamese and English
 * @param platformRange the platform versions it supports ({@code ">=0.2 & <1.0"})
 * @param requires the other plugins it needs loaded first, each within a range of versions
 */
@API(status = STABLE, since = "0.1")
public record PluginDescriptor(String id, Version version, LocalizedText name, VersionRange platformRange,
                               @API(status = EXPERIMENTAL, since = "0.2") List<Requirement> requires) {

    /**
     * The canonical constructor, for reading code and the platform. A plugin builds one with
     * {@link #builder} instead: a record may gain components, and its canonical constructor with them.
     */
    @API(status = INTERNAL, since = "0.2")
    public PluginDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(platformRange, "platformRange");
        requires = requires == null ? List.of() : List.copyOf(requires);
    }

    /** The constructor of the 0.1 API, requiring no other plugin: kept so that plugins built with it still link. */
    public PluginDescriptor(String id, Version version, LocalizedText name, VersionRange platformRange) {
        this(id, version, name, platformRange, List.of());
    }

    /** The 0.1 form, with a version written in the code; {@link #builder} takes the module's own. */
    public static PluginDescriptor of(String id, String version, LocalizedText name, String platformRange) {
        return new PluginDescriptor(id, Version.parse(version), name, VersionRange.parse(platformRange));
    }

    /** Another plugin this one needs, by id, within a range of its versions ({@code ">=1.0 & <2.0"}). */
    @API(status = EXPERIMENTAL, since = "0.2")
    public record Requirement(String pluginId, VersionRange versions) {
        public Requirement {
            Objects.requireNonNull(pluginId, "pluginId");
            Objects.requireNonNull(versions, "versions");
        }
    }

    /** Starts a descriptor. */
    @API(status = STABLE, since = "0.2")
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Builds a {@link PluginDescriptor}; name, version and platform range are required. */
    @API(status = STABLE, since = "0.2")
    public static final class Builder {
        private final String id;
        private LocalizedText name;
        private Version version;
        private VersionRange platformRange;
        private final List<Requirement> requires = new ArrayList<>();

        private Builder(String id) {
            this.id = id;
        }

        public Builder name(String vietnamese, String english) {
            this.name = LocalizedText.of(vietnamese, english);
            return this;
        }

        public Builder version(String version) {
            this.version = Version.parse(version);
            return this;
        }

        /**
         * The version of the module the class belongs to, as its build recorded it (Maven's compiler
         * records the pom's version), or else its jar's {@code Implementation-Version}.
         *
         * @throws IllegalStateException if neither is recorded
         */
        public Builder versionOf(Class<?> pluginClass) {
            Module module = pluginClass.getModule();
            String recorded = module.isNamed() && module.getDescriptor() != null
                    ? module.getDescriptor().rawVersion().orElse(null) : null;
            if (recorded == null && pluginClass.getPackage() != null) {
                recorded = pluginClass.getPackage().getImplementationVersion();
            }
            if (recorded == null) {
                throw new IllegalStateException("plugin " + id + ": the module of " + pluginClass.getName()
                        + " records no version; build it with Maven (which records the pom's version) or jar --module-version");
            }
            return version(recorded);
        }

        /** The platform versions the plugin works with: {@code ">=0.2 & <1.0"}. */
        public Builder platformRange(String range) {
            this.platformRange = VersionRange.parse(range);
            return this;
        }

        /** Another plugin this one needs, within a range of its versions ({@code ">=1.0 & <2.0"}). */
        @API(status = EXPERIMENTAL, since = "0.2")
        public Builder requires(String pluginId, String versions) {
            requires.add(new Requirement(pluginId, VersionRange.parse(versions)));
            return this;
        }

        /** @throws IllegalStateException naming the part left out */
        public PluginDescriptor build() {
            String built = "plugin " + id;
            return new PluginDescriptor(Required.part(id, "plugin", "id", "PluginDescriptor.builder(id)"),
                    Required.part(version, built, "version", "versionOf(MyPlugin.class)"),
                    Required.part(name, built, "name", "name(vi, en)"),
                    Required.part(platformRange, built, "platform range", "platformRange(\">=0.2 & <1.0\")"), requires);
        }
    }
}
