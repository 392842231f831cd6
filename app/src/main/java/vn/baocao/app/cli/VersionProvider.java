package vn.baocao.app.cli;

import picocli.CommandLine.IVersionProvider;
import vn.baocao.core.Platform;

/** {@code baocao --version}: the platform's version and the Java runtime it runs on. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"baocao " + Platform.version(), "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
    }
}
