/**
 * {@code baocao:distribution}, the Maven plugin an integrator's distribution project is built with.
 * Maven loads it on the class path; compiled as a module, it names what it needs: the Maven plugin
 * API and its artifact type (provided by Maven), the launcher's checks, and Commons Compress.
 */
module vn.baocao.distribution {
    requires vn.baocao.launcher;
    requires org.apache.commons.compress;
    requires maven.plugin.api;
    requires maven.plugin.annotations;
    requires maven.artifact;

    exports vn.baocao.distribution;
}
