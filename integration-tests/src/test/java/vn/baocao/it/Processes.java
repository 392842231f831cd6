package vn.baocao.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a program as a user would, its output kept in a log file beside the test's work. */
final class Processes {
    private Processes() {}

    /** What a finished process printed (stdout and stderr together) and its exit code. */
    record Finished(int exitCode, String output, Path log) {
        /** The last lines, for a failure message. */
        String tail() {
            List<String> lines = output.lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        }
    }

    /**
     * @param environment replaces the whole environment when {@code clearEnvironment}, else is added to it
     */
    static Finished run(List<String> command, Path directory, Map<String, String> environment, boolean clearEnvironment,
                        Path log) throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        if (clearEnvironment) {
            builder.environment().clear();
        }
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(20, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("still running after 20 minutes: " + command);
        }
        return new Finished(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8), log);
    }
}
