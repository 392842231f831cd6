/**
 * The check {@code bin/baocao} runs on {@code lib/} before starting the platform, whenever the jars
 * there have changed: it resolves the module path as the JVM's boot layer would and says what is
 * wrong in the user's language, so that no {@code FindException} reaches them. It needs
 * {@code java.base} alone and is run from the class path, so that it runs whatever {@code lib/}
 * holds. {@code baocao doctor} uses it on the module path, with the installation's manifest.
 */
module vn.baocao.launcher {
    exports vn.baocao.launcher;
}
