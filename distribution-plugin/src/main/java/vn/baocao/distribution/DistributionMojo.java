package vn.baocao.distribution;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code baocao:distribution}: the integrator's distribution, from the project's dependencies: the
 * platform's zip ({@code vn.baocao:app}, type {@code zip}, classifier {@code dist} or the platform
 * of a self-contained one), and every plugin jar it names, which goes into {@code plugins/}
 * (what those need in turn is not copied: a plugin depends on the API alone).
 */
@Mojo(name = "distribution", defaultPhase = LifecyclePhase.PACKAGE, requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class DistributionMojo extends AbstractMojo {
    /** The project's dependencies, resolved (the Artifact type alone: maven-core stays off the module path). */
    @Parameter(defaultValue = "${project.artifacts}", readonly = true, required = true)
    Set<Artifact> artifacts;

    /** The folder and the zip's name: {@code target/<name>/}, {@code target/<name>.zip}. */
    @Parameter(defaultValue = "${project.artifactId}-${project.version}", required = true)
    String name;

    /** The agency's {@code conf/}: {@code baocao.properties}, {@code rules/}, {@code units/}, {@code plugins/}. */
    @Parameter(defaultValue = "${project.basedir}/src/conf")
    File conf;

    /** Jars of the platform's {@code lib/} to leave out, by name without version: {@code format-markdown}. */
    @Parameter
    List<String> leaveOut = new ArrayList<>();

    @Parameter(defaultValue = "${project.build.directory}", readonly = true)
    File target;

    /** A dependency the project names itself: what the platform's zip or a plugin needs in turn is not a drop-in. */
    private static boolean direct(Artifact a) {
        return a.getDependencyTrail() == null || a.getDependencyTrail().size() <= 2;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        List<Artifact> platforms = new ArrayList<>();
        List<Path> dropIns = new ArrayList<>();
        for (Artifact a : artifacts) {
            if (a.getGroupId().equals("vn.baocao") && a.getArtifactId().equals("app") && a.getType().equals("zip")) {
                platforms.add(a);
            } else if (a.getType().equals("jar") && direct(a) && !Artifact.SCOPE_PROVIDED.equals(a.getScope()) && !Artifact.SCOPE_TEST.equals(a.getScope())) {
                dropIns.add(a.getFile().toPath());
            }
        }
        if (platforms.size() != 1) {
            throw new MojoFailureException("baocao:distribution needs one dependency on the platform's distribution, "
                    + "vn.baocao:app with <type>zip</type> and <classifier>dist</classifier> (or linux-x64); it has " + platforms.size());
        }
        Artifact platform = platforms.get(0);
        try {
            Path folder = new DistributionBuilder(platform.getFile().toPath(), target.toPath(), name).build(leaveOut, conf.toPath(), dropIns);
            getLog().info("Baocao " + platform.getVersion() + " (" + platform.getClassifier() + ") with " + dropIns.size()
                    + " drop-in plugin(s), " + leaveOut.size() + " jar(s) left out: " + folder + " and " + folder + ".zip");
        } catch (DistributionException e) {
            throw new MojoFailureException(e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("writing the distribution: " + e.getMessage(), e);
        }
    }
}
