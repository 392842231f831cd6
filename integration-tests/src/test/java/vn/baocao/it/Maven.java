package vn.baocao.it;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Maven run on a project outside the platform's build, as its author runs it: with the artifacts of
 * this build staged in a repository of their own, read before the user's local repository.
 */
final class Maven {
    private Maven() {}

    static Processes.Finished run(Path directory, Path log, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(ItPaths.property("baocao.mavenHome"), "bin", "mvn").toString());
        command.add("-B");
        command.add("-ntp");
        command.add("-Dmaven.repo.local=" + ItPaths.property("baocao.itRepo"));
        command.add("-Dmaven.repo.local.tail=" + ItPaths.property("baocao.userRepo"));
        command.addAll(List.of(arguments));
        Processes.Finished finished = Processes.run(command, directory,
                Map.of("JAVA_HOME", System.getProperty("java.home")), false, log);
        if (finished.exitCode() != 0) {
            throw new AssertionError("mvn " + String.join(" ", arguments) + " failed in " + directory + " (log: "
                    + log + "):\n" + finished.tail());
        }
        return finished;
    }
}
