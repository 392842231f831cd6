package vn.baocao.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.baocao.api.spi.AssembledReport;
import vn.baocao.api.spi.ReportFormat;
import vn.baocao.core.Platform;
import vn.baocao.core.PlatformOptions;
import vn.baocao.core.assemble.ReportAssembler;
import vn.baocao.core.plugin.Registry;
import vn.baocao.core.source.ReportSource;
import vn.baocao.core.source.SourceChecker;

/**
 * Whether rendering grows linearly with the source: sources of 0.2, 0.45, 0.9 and 1.8 MB of text,
 * written as one long paragraph and as the same text in paragraphs of about 600 characters, each
 * checked, assembled and rendered to DOCX and to PDF in one warm process (each render's time the
 * median of three); prints each time and the PDF's time as a multiple of the DOCX's.
 *
 * <pre>java -cp "$(cat benchmarks/target/classpath.txt):benchmarks/target/classes" vn.baocao.benchmarks.PdfScalingBenchmark [SOURCE]</pre>
 */
public final class PdfScalingBenchmark {
    private static final String[] WORDS = ("Ban Dân tộc tỉnh triển khai thực hiện phong trào thi đua dân vận khéo đạt nhiều kết quả "
            + "tích cực trong vùng đồng bào dân tộc thiểu số theo Kế hoạch số 31-KH/TU ngày 16/3/2021").split(" ");
    private static final String PLACE = "    - Ban Dân tộc tỉnh là cơ quan chuyên môn thuộc UBND tỉnh.";

    private PdfScalingBenchmark() {}

    public static void main(String[] args) throws IOException {
        Path base = Path.of(args.length > 0 ? args[0] : "app/src/test/corpus/valid-minimal.yaml");
        String template = Files.readString(base);
        if (!template.contains(PLACE)) throw new IllegalStateException("the source has no paragraph to grow: " + base);
        System.out.printf("machine: %d cores, %s, max heap %d MB, %s %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.arch"), Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.vm.name"),
                System.getProperty("java.version"));
        Platform platform = Platform.start(PlatformOptions.defaults());
        SourceChecker checker = platform.sourceChecker();
        ReportAssembler assembler = platform.service(ReportAssembler.class);
        ReportFormat docx = platform.service(Registry.class).formats().get("docx");
        ReportFormat pdf = platform.service(Registry.class).formats().get("pdf");
        Path folder = Files.createTempDirectory("baocao-pdf-scaling");
        // the smallest first, twice: the first round compiles, the second is counted
        render(folder, template, 200, true, checker, assembler, docx, pdf, false);
        for (boolean split : new boolean[] {false, true}) {
            for (int kb : new int[] {200, 450, 900, 1800}) {
                render(folder, template, kb, split, checker, assembler, docx, pdf, true);
            }
        }
    }

    private static void render(Path folder, String template, int kb, boolean split, SourceChecker checker, ReportAssembler assembler,
                               ReportFormat docx, ReportFormat pdf, boolean print) throws IOException {
        StringBuilder text = new StringBuilder();
        int sinceBreak = 0;
        for (int i = 0; text.length() < kb * 1000 / 1.28; i++) {
            String word = WORDS[i % WORDS.length];
            text.append(word);
            sinceBreak += word.length() + 1;
            if (split && sinceBreak > 600) {
                text.append(".\"\n    - \"");
                sinceBreak = 0;
            } else {
                text.append(' ');
            }
        }
        Path source = Files.writeString(folder.resolve("nguon-" + kb + (split ? "-doan" : "") + ".yaml"),
                template.replace(PLACE, "    - \"" + text.toString().strip() + ".\""));
        long t0 = System.nanoTime();
        ReportSource checked = checker.checkAndRead(source).source().orElseThrow(() -> new IllegalStateException("not valid: " + source));
        AssembledReport report = assembler.assemble(checked);
        long t1 = System.nanoTime();
        long docxTime = time(docx, report);
        long pdfTime = time(pdf, report);
        if (print) {
            System.out.printf("%.2f MB source, %s: check+assemble %.2f s | DOCX %.2f s | PDF %.2f s | PDF/DOCX %.1f×%n",
                    Files.size(source) / 1e6, split ? "paragraphs of ~600 characters" : "one paragraph", (t1 - t0) / 1e9,
                    docxTime / 1e9, pdfTime / 1e9, (double) pdfTime / docxTime);
        }
    }

    /** The median of three renders: one render on a shared machine is too noisy to compare. */
    private static long time(ReportFormat format, AssembledReport report) throws IOException {
        long[] times = new long[3];
        for (int i = 0; i < times.length; i++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
            long t0 = System.nanoTime();
            format.render(report, out);
            times[i] = System.nanoTime() - t0;
        }
        java.util.Arrays.sort(times);
        return times[1];
    }
}
