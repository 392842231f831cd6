package vn.baocao.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Many renders of the same report into one folder, started together and killed with SIGKILL at
 * random points: whatever moment a kill lands on (rendering, writing the journal, moving the files),
 * once the next run has been into the folder it holds one complete set of files from one run, or
 * the set that was there before, and nothing hidden is left behind.
 */
class KilledRendersIT {
    private static final String FORMATS = "docx,pdf,md,html";
    private static final List<String> EXTENSIONS = List.of("docx", "pdf", "md", "html");
    private static final int VARIANTS = 3;
    private static final int ROUNDS = 10;

    @Test
    void whateverIsKilledTheFolderHoldsOneWholeSetAndNoLeftovers() throws Exception {
        Path work = ItPaths.work("killed-renders");
        Installation installation = new Installation(ItPaths.copy(ItPaths.distribution(""), work.resolve("baocao")), work.resolve("logs"));
        Path seed = ItPaths.root().resolve("docs/examples/dan-van-kheo-2023/bao-cao.yaml");
        String source = Files.readString(seed, StandardCharsets.UTF_8);
        List<Path> variants = new ArrayList<>();
        List<Path> references = new ArrayList<>();
        for (int i = 0; i < VARIANTS; i++) {
            // the same report with a title of its own, so that every file shows which run wrote it
            Path variant = Files.createDirectories(work.resolve("source-" + i)).resolve("bao-cao.yaml");
            Files.writeString(variant, source.replaceFirst("(\n  title: [^\n]*)", "$1 (bản " + "I".repeat(i + 1) + ")"), StandardCharsets.UTF_8);
            variants.add(variant);
            Path reference = work.resolve("reference-" + i);
            assertThat(installation.baocao("render", variant.toString(), "--format", FORMATS, "--out", reference.toString()).exitCode()).isZero();
            references.add(reference);
        }
        Path other = Files.createDirectories(work.resolve("source-other")).resolve("khac.yaml");
        Files.copy(variants.get(0), other);
        Path out = work.resolve("out");
        assertThat(installation.baocao("render", variants.get(0).toString(), "--format", FORMATS, "--out", out.toString()).exitCode()).isZero();

        long seedOfRandom = System.nanoTime();
        Random random = new Random(seedOfRandom);
        int killed = 0;
        int finished = 0;
        List<Integer> sets = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            List<Process> running = new ArrayList<>();
            for (int i = 0; i < VARIANTS; i++) {
                running.add(start(installation, work.resolve("logs/round-" + round + "-" + i + ".log"),
                        "render", variants.get(i).toString(), "--format", FORMATS, "--out", out.toString()));
            }
            for (Process process : running) {
                Thread.sleep(random.nextInt(2500));
                if (random.nextInt(4) > 0 && process.isAlive()) {
                    process.destroyForcibly();
                    killed++;
                }
            }
            for (Process process : running) {
                assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
                if (process.exitValue() == 0) finished++;
            }
            // the next run into the folder (of another report) clears what the killed ones left
            Processes.Finished next = installation.baocao("render", other.toString(), "--format", "md", "--out", out.toString());
            assertThat(next.exitCode()).as(next.output()).isZero();
            String why = "round " + round + " (random seed " + seedOfRandom + ")";
            assertThat(hidden(out)).as(why).isEmpty();
            int set = wholeSetIn(out, references);
            assertThat(set).as(why + ": the folder's bao-cao.* files are not one run's set").isNotNegative();
            sets.add(set);
            Files.delete(out.resolve("khac.md"));
        }
        System.out.printf("KilledRendersIT: %d rounds, %d renders killed, %d finished, sets found %s (random seed %d)%n",
                ROUNDS, killed, finished, sets, seedOfRandom);
        assertThat(killed).isPositive();
    }

    /**
     * Stopped by Ctrl+C or a TERM signal rather than killed, a render removes its half-written files
     * on the way out, unless it was putting them in place (then the journal is there for the next run).
     */
    @Test
    void aRenderStoppedByASignalLeavesNothingHalfWritten() throws Exception {
        Path work = ItPaths.work("stopped-renders");
        Installation installation = new Installation(ItPaths.copy(ItPaths.distribution(""), work.resolve("baocao")), work.resolve("logs"));
        Path seed = ItPaths.root().resolve("docs/examples/dan-van-kheo-2023/bao-cao.yaml");
        Random random = new Random();
        int stopped = 0;
        for (int round = 0; round < 8; round++) {
            Path out = work.resolve("out-" + round);
            Process render = start(installation, work.resolve("logs/stopped-" + round + ".log"),
                    "render", seed.toString(), "--format", FORMATS, "--out", out.toString());
            Thread.sleep(600 + random.nextInt(1500));
            render.destroy();
            assertThat(render.waitFor(2, TimeUnit.MINUTES)).isTrue();
            if (render.exitValue() != 0) stopped++;
            if (!Files.isDirectory(out)) continue;
            List<String> hidden = hidden(out);
            boolean placing = hidden.stream().anyMatch(n -> n.endsWith(".moving"));
            assertThat(placing || hidden.isEmpty()).as("round " + round + ": " + hidden).isTrue();
        }
        System.out.printf("KilledRendersIT: 8 renders sent TERM, %d stopped before finishing%n", stopped);
        assertThat(stopped).isPositive();
    }

    private static Process start(Installation installation, Path log, String... arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(installation.home().resolve("bin/baocao").toString());
        command.addAll(Arrays.asList(arguments));
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).directory(installation.home().toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // the launcher execs Java, so the kill reaches the process that writes the files
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        return builder.start();
    }

    private static List<String> hidden(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
        }
    }

    /** Which reference set the folder's files are, every one of them, or -1 when they are of several runs or incomplete. */
    private static int wholeSetIn(Path folder, List<Path> references) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            if (files.filter(f -> f.getFileName().toString().startsWith("bao-cao.")).count() != EXTENSIONS.size()) return -1;
        }
        for (int i = 0; i < references.size(); i++) {
            boolean all = true;
            for (String extension : EXTENSIONS) {
                all &= sameContent(folder.resolve("bao-cao." + extension), references.get(i).resolve("bao-cao." + extension), extension);
            }
            if (all) return i;
        }
        return -1;
    }

    /**
     * Markdown and HTML byte for byte; a DOCX by the XML of its document and a PDF by its text read
     * back (both carry the time they were made).
     */
    private static boolean sameContent(Path file, Path reference, String extension) throws IOException {
        if (!Files.isRegularFile(file)) return false;
        return switch (extension) {
            case "docx" -> documentXml(file).equals(documentXml(reference));
            case "pdf" -> pdfText(file).equals(pdfText(reference));
            default -> Arrays.equals(Files.readAllBytes(file), Files.readAllBytes(reference));
        };
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String documentXml(Path docx) throws IOException {
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            return new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
