package vn.baocao.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.baocao.api.spi.AssembledReport;
import vn.baocao.api.spi.ReportFormat;
import vn.baocao.core.Platform;
import vn.baocao.core.PlatformOptions;
import vn.baocao.core.assemble.ReportAssembler;
import vn.baocao.core.plugin.Registry;
import vn.baocao.core.source.ReportSource;
import vn.baocao.core.source.SourceChecker;

/**
 * Warm, in-process rendering of the example report to DOCX, beside a floor measured in the same
 * run: POI writing the same paragraphs with no layout at all.
 *
 * <ul>
 *   <li>{@code floorPoiPlainParagraphs}: the least any DOCX of this text can cost with POI;</li>
 *   <li>{@code renderDocx}: assemble and lay out a checked source (what {@code render} does after checking);</li>
 *   <li>{@code checkAssembleRenderDocx}: the whole job from the YAML file: read, validate, assemble, render.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(1)
public class RenderBenchmark {
    private Path source;
    private SourceChecker checker;
    private ReportAssembler assembler;
    private ReportFormat docx;
    private ReportSource checked;
    private List<String> paragraphs;

    @Setup(Level.Trial)
    public void start() throws IOException {
        source = Path.of(System.getProperty("baocao.example", "docs/examples/dan-van-kheo-2023/bao-cao.yaml")).toAbsolutePath();
        Platform platform = Platform.start(PlatformOptions.defaults());
        checker = platform.sourceChecker();
        assembler = platform.service(ReportAssembler.class);
        docx = platform.service(Registry.class).formats().get("docx");
        checked = checker.checkAndRead(source).source().orElseThrow(() -> new IllegalStateException("the example is not valid"));
        paragraphs = Files.readAllLines(source.resolveSibling("expected.txt"));
    }

    @Benchmark
    public byte[] floorPoiPlainParagraphs() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try (XWPFDocument doc = new XWPFDocument()) {
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.write(out);
        }
        return out.toByteArray();
    }

    @Benchmark
    public byte[] renderDocx() throws IOException {
        AssembledReport report = assembler.assemble(checked);
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        docx.render(report, out);
        return out.toByteArray();
    }

    @Benchmark
    public byte[] checkAssembleRenderDocx() throws IOException {
        ReportSource read = checker.checkAndRead(source).source().orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        docx.render(assembler.assemble(read), out);
        return out.toByteArray();
    }
}
