package vn.baocao.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
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
import vn.baocao.core.source.SourceChecker;

/**
 * What the two charts of the 2019 example cost to write, in each format that draws them: the
 * report assembled and written as it is, beside the same report with its two chart blocks taken
 * out, measured in the same run (the baseline).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ChartRenderBenchmark {
    @Param({"docx", "html", "pdf"})
    public String format;

    private ReportAssembler assembler;
    private ReportFormat writer;
    private SourceChecker.Checked withCharts;
    private SourceChecker.Checked withoutCharts;

    @Setup(Level.Trial)
    public void start() throws IOException {
        Path example = Path.of(System.getProperty("baocao.examples", "docs/examples"), "so-lieu-tao-hon-2019").toAbsolutePath();
        Path copy = Files.createTempDirectory("bieu-do");
        Files.copy(example.resolve("tao-hon-2018-2019.csv"), copy.resolve("tao-hon-2018-2019.csv"));
        String source = Files.readString(example.resolve("bao-cao.yaml"));
        String plain = source.replaceAll("    - block: chart\\n      options: \\{[^}]*\\}\\n", "");
        if (plain.equals(source) || plain.contains("block: chart")) throw new IllegalStateException("the example's chart blocks were not found");
        Path charted = Files.writeString(copy.resolve("bieu-do.yaml"), source);
        Path uncharted = Files.writeString(copy.resolve("khong-bieu-do.yaml"), plain);
        Platform platform = Platform.start(PlatformOptions.defaults());
        assembler = platform.service(ReportAssembler.class);
        writer = platform.service(Registry.class).formats().get(format);
        withCharts = platform.sourceChecker().checkAndRead(charted);
        withoutCharts = platform.sourceChecker().checkAndRead(uncharted);
        if (withCharts.source().isEmpty()) throw new IllegalStateException("the example is not valid: " + withCharts.result().problems() + platform.pluginReport());
        if (withoutCharts.source().isEmpty()) throw new IllegalStateException("the example without charts is not valid: " + withoutCharts.result().problems());
    }

    @Benchmark
    public byte[] withTwoCharts() throws IOException {
        return write(withCharts);
    }

    @Benchmark
    public byte[] withoutChartsBaseline() throws IOException {
        return write(withoutCharts);
    }

    private byte[] write(SourceChecker.Checked checked) throws IOException {
        AssembledReport report = assembler.assemble(checked.source().get(), checked.values(), checked.consolidated());
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        writer.render(report, out);
        return out.toByteArray();
    }
}
