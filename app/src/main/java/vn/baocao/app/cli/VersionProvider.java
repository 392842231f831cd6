package vn.baocao.app.cli;

import picocli.CommandLine.IVersionProvider;
import vn.baocao.core.Platform;

/** {@code baocao --version}: the platform's version and the Java runtime it runs on. */
public final class VersionProvider implements IVersionProvider {
    private final java.util.Optional<String> distribution;

    /** Picocli's: the platform's name only. */
    public VersionProvider() {
        this(java.util.Optional.empty());
    }

    /** @param distribution the name an installation gives itself ({@code name} in conf/baocao.properties) */
    VersionProvider(java.util.Optional<String> distribution) {
        this.distribution = distribution;
    }

    @Override
    public String[] getVersion() {
        String platform = "baocao " + Platform.version();
        String java = "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")";
        return distribution.map(name -> new String[] {name, platform, java}).orElse(new String[] {platform, java});
    }
}
