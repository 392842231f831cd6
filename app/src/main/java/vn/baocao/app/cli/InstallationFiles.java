package vn.baocao.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.baocao.launcher.InstallationManifest;

/** An installation folder's files beside its {@code MANIFEST.sha256}: what changed, went missing, or was added to {@code lib/}. */
final class InstallationFiles {
    private InstallationFiles() {}

    /**
     * @param checked how many files the manifest lists
     * @param changed files whose content is not what was built
     * @param missing files the manifest lists that are gone
     * @param foreignJars jars in {@code lib/} that were not built with it (they join the module path)
     */
    record Comparison(int checked, List<String> changed, List<String> missing, List<String> foreignJars) {
        boolean faultless() {
            return changed.stream().allMatch(p -> p.startsWith("conf/")) && missing.stream().allMatch(p -> p.startsWith("conf/"))
                    && foreignJars.isEmpty();
        }
    }

    static Comparison compare(Path folder) throws IOException {
        Map<String, String> built = InstallationManifest.read(folder.resolve(InstallationManifest.FILE));
        Map<String, String> now = InstallationManifest.compute(folder);
        List<String> changed = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        built.forEach((path, hash) -> {
            String current = now.get(path);
            if (current == null) missing.add(path);
            else if (!current.equals(hash)) changed.add(path);
        });
        List<String> foreign = now.keySet().stream()
                .filter(p -> p.startsWith("lib/") && p.indexOf('/', 4) < 0 && p.endsWith(".jar") && !built.containsKey(p)).toList();
        return new Comparison(built.size(), changed, missing, foreign);
    }
}
