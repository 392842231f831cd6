package vn.baocao.it;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An installed distribution, run through its launcher as a user runs it. */
record Installation(Path home, Path logs) {
    private static int runs;

    Processes.Finished baocao(String... arguments) throws IOException, InterruptedException {
        return baocao(Map.of(), false, arguments);
    }

    /** With {@code clearEnvironment}, the process sees only {@code environment}: no JAVA_HOME, no PATH of ours. */
    Processes.Finished baocao(Map<String, String> environment, boolean clearEnvironment, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/baocao").toString());
        command.addAll(List.of(arguments));
        Map<String, String> env = clearEnvironment ? environment
                : merged(Map.of("JAVA_HOME", System.getProperty("java.home")), environment);
        return Processes.run(command, home, env, clearEnvironment, logs.resolve("baocao-" + (++runs) + ".log"));
    }

    private static Map<String, String> merged(Map<String, String> base, Map<String, String> more) {
        Map<String, String> all = new java.util.HashMap<>(base);
        all.putAll(more);
        return all;
    }
}
