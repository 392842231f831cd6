package vn.baocao.core.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Puts a run's finished files over their targets as one change: the older files are set aside,
 * the new ones moved in, and the older ones dropped only when every new one is in place. A journal
 * written before the first move and removed after the last names each target and whether an older
 * file was set aside, so that when a run fails part way, or is killed, the older set comes back:
 * at once, or at the next run into the folder. Every step happens under the folder's lock.
 */
final class PutInPlace {
    private static final String JOURNAL = ".moving";
    /** What a run leaves only while it runs: its temporary files, its set-aside files, its journal. */
    private static final Pattern LEFTOVER = Pattern.compile("^\\..*[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}.*\\.(tmp|bak)$");

    private PutInPlace() {}

    /** The hidden name of a run's temporary file for a target. */
    static Path temporary(Path folder, String run, String baseName, String extension) {
        return folder.resolve("." + baseName + "-" + run + "." + extension + ".tmp");
    }

    /**
     * Refuses a target that is there and is not a file: a move would replace an empty folder, a
     * device or a pipe of that name without a word. A link is replaced, not what it points to.
     */
    static void refuseNonFile(Path target) throws IOException {
        java.nio.file.LinkOption noFollow = java.nio.file.LinkOption.NOFOLLOW_LINKS;
        if (Files.isDirectory(target, noFollow)) {
            throw new java.nio.file.FileSystemException(target.toString(), null, "is a directory");
        }
        if (Files.exists(target, noFollow) && !Files.isRegularFile(target, noFollow) && !Files.isSymbolicLink(target)) {
            throw new java.nio.file.FileSystemException(target.toString(), null, "not a regular file");
        }
    }

    static void put(Path folder, String run, List<Path> temporaries, List<Path> targets) throws IOException {
        for (Path target : targets) {
            refuseNonFile(target);
        }
        Path journal = folder.resolve("." + run + JOURNAL);
        List<String> lines = new ArrayList<>();
        for (Path target : targets) {
            lines.add((Files.exists(target) ? "B\t" : "N\t") + target.getFileName());
        }
        // written whole and then named, so that a run killed while writing it leaves no half journal
        Path partial = folder.resolve(journal.getFileName() + ".tmp");
        Files.write(partial, lines, StandardCharsets.UTF_8);
        move(partial, journal);
        try {
            for (Path target : targets) {
                if (Files.exists(target)) move(target, aside(folder, run, target.getFileName().toString()));
            }
            for (int i = 0; i < targets.size(); i++) {
                move(temporaries.get(i), targets.get(i));
            }
        } catch (IOException | RuntimeException e) {
            restore(folder, run, lines);
            Files.deleteIfExists(journal);
            throw e;
        }
        // every new file is in place: dropping the journal is the moment the change is made; a run
        // killed after it leaves set-aside files only, which the next run removes
        Files.delete(journal);
        for (String line : lines) {
            Files.deleteIfExists(aside(folder, run, line.substring(2)));
        }
    }

    /**
     * What runs that were killed left: a journal puts its older files back (the set it was
     * replacing), and temporary and set-aside files are removed. Called under the folder's lock,
     * when no other run can be writing.
     */
    static void recover(Path folder) throws IOException {
        List<Path> found;
        try (Stream<Path> files = Files.list(folder)) {
            found = files.toList();
        }
        for (Path file : found) {
            String name = file.getFileName().toString();
            if (name.startsWith(".") && name.endsWith(JOURNAL)) {
                String run = name.substring(1, name.length() - JOURNAL.length());
                restore(folder, run, Files.readAllLines(file, StandardCharsets.UTF_8));
                Files.deleteIfExists(file);
            }
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                if (LEFTOVER.matcher(file.getFileName().toString()).matches() && Files.isRegularFile(file)) Files.deleteIfExists(file);
            }
        }
    }

    /** Puts back what a run set aside, and removes what it had put where nothing was. */
    private static void restore(Path folder, String run, List<String> lines) throws IOException {
        for (String line : lines) {
            if (line.length() < 3) continue;
            Path target = folder.resolve(line.substring(2));
            Path aside = aside(folder, run, line.substring(2));
            if (line.startsWith("B") && Files.exists(aside)) {
                move(aside, target);
            } else if (line.startsWith("N")) {
                Files.deleteIfExists(target);
            }
        }
    }

    private static Path aside(Path folder, String run, String fileName) {
        return folder.resolve("." + fileName + "." + run + ".bak");
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
