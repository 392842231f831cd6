package vn.baocao.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.baocao.api.text.LocalizedText;
import vn.baocao.api.period.PeriodType;
import vn.baocao.api.rule.DataRule;
import vn.baocao.api.rule.Operator;
import vn.baocao.core.data.RuleEngine;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import vn.baocao.api.service.UnitDirectory;
import vn.baocao.core.Platform;
import vn.baocao.core.PlatformOptions;
import vn.baocao.core.data.ImportJob;
import vn.baocao.core.data.ImportOptions;
import vn.baocao.core.data.ImportResult;
import vn.baocao.core.data.Totals;
import vn.baocao.core.data.ValueStore;
import vn.baocao.core.plugin.Registry;

/**
 * Import + validate + aggregate of the national dataset, beside the floor, in one run: prints values
 * per second, the platform's share of the floor's rate, and the peak heap of each.
 *
 * <pre>java -Xms1g -Xmx1g -cp "$(cat benchmarks/target/classpath.txt):benchmarks/target/classes" vn.baocao.benchmarks.ImportBenchmark [FILE] [ROUNDS]</pre>
 */
public final class ImportBenchmark {
    /**
     * Data rules checked on every (commune, month), each expanded over both sexes: a range check and
     * a comparison of two indicators, the shapes plugins contribute.
     */
    private static final List<DataRule> RULES = List.of(
            rule("bm.range", "#{BM01.SEX:*}", Operator.LESS_THAN_OR_EQUAL_TO, "1000000"),
            rule("bm.pair", "#{BM02.SEX:*} + #{BM03.SEX:*}", Operator.GREATER_THAN_OR_EQUAL_TO, "0"));

    private ImportBenchmark() {}

    private static DataRule rule(String id, String left, Operator operator, String right) {
        return new DataRule(id, LocalizedText.of(id, id), left, operator, right, null, null, null,
                Set.of(PeriodType.MONTH), Optional.of("SEX"), Optional.empty());
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "benchmarks/target/national.csv");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        System.out.printf("machine: %d cores, %s, max heap %d MB, %s %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.arch"), Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.vm.name"),
                System.getProperty("java.version"));
        long t = System.nanoTime();
        long lines = NationalDataset.write(file);
        System.out.printf("dataset: %s, %,d values, %.0f MB (ready in %.1f s)%n", file, lines,
                java.nio.file.Files.size(file) / 1e6, (System.nanoTime() - t) / 1e9);

        Platform platform = Platform.start(PlatformOptions.defaults());
        Registry registry = platform.registry();
        UnitDirectory units = platform.service(UnitDirectory.class);
        FloorSum floor = new FloorSum(NationalDataset.communes());
        ImportJob job = platform.service(ImportJob.class);

        List<Double> shares = new ArrayList<>();
        // one round first that is not counted: the JIT compiles the import's code while it runs (printed as round 0)
        for (int round = 0; round <= rounds; round++) {
            System.gc(); // the previous round's store is garbage: keep it out of the floor's peak
            resetPeaks();
            long f0 = System.nanoTime();
            long[] floorResult = floor.run(file);
            double floorSeconds = (System.nanoTime() - f0) / 1e9;
            long floorPeak = heapPeak();

            System.gc();
            resetPeaks();
            long c0 = processCpu();
            long p0 = System.nanoTime();
            ValueStore store = job.newStore();
            ImportResult imported = job.importFile(store, file, file.toString(), ImportOptions.defaults()).imported().orElseThrow();
            long p1 = System.nanoTime();
            long c1 = processCpu();
            List<RuleEngine.Violation> violations = new RuleEngine(store).check(RuleEngine.compile(RULES, store, new ArrayList<>()));
            long p2 = System.nanoTime();
            Totals totals = store.totalsByProvinceAndYear();
            long p3 = System.nanoTime();
            double platformSeconds = (p3 - p0) / 1e9;
            long platformPeak = heapPeak();
            if (!imported.stored()) {
                throw new IllegalStateException("the dataset did not import: " + imported.problems().get(0));
            }
            double floorRate = floorResult[0] / floorSeconds;
            double platformRate = store.size() / platformSeconds;
            System.out.printf("%s %d: floor %.2f s (%.1f M values/s, heap peak %d MB, checksum %d) | platform import+validate+aggregate "
                            + "%.2f s (%.1f M values/s, heap peak %d MB, %,d values held, %d rule violations, %d total cells, checksum %s) | platform/floor %.1f %%%n",
                    round == 0 ? "warm-up round" : "round", round, floorSeconds, floorRate / 1e6, floorPeak >> 20, floorResult[2], platformSeconds, platformRate / 1e6,
                    platformPeak >> 20, store.size(), violations.size(), totals.cells(), totals.grandTotal().toPlainString(), 100 * platformRate / floorRate);
            if (round > 0) shares.add(100 * platformRate / floorRate);
            System.out.printf("         phases: import and per-value checks %.2f s (%.2f s of processor time, all threads and the GC), data rules %.2f s, totals %.2f s%n",
                    (p1 - p0) / 1e9, (c1 - c0) / 1e9, (p2 - p1) / 1e9, (p3 - p2) / 1e9);
        }
        if (!shares.isEmpty()) {
            List<Double> sorted = shares.stream().sorted().toList();
            System.out.printf("median platform/floor over %d rounds: %.1f %%%n", sorted.size(), sorted.get(sorted.size() / 2));
        }
        yamlBesideCsv(job, file.toAbsolutePath().getParent());
    }

    /**
     * The YAML reader's rate on a file of 100,000 values (the shape a system sends), beside the CSV
     * reader's on the same values in the same process.
     */
    private static void yamlBesideCsv(ImportJob job, Path folder) throws java.io.IOException {
        List<String> communes = NationalDataset.communes().stream().map(u -> u.code()).limit(834).toList();
        StringBuilder yaml = new StringBuilder("values:\n");
        StringBuilder csv = new StringBuilder("indicator,unit,period,sex,value\n");
        int n = 0;
        outer:
        for (String commune : communes) {
            for (int month = 1; month <= 12; month++) {
                for (int i = 0; i < 5; i++) {
                    for (String sex : new String[] {"M", "F"}) {
                        if (n == 100_000) break outer;
                        String indicator = BenchmarkIndicatorsPlugin.code(i);
                        String period = "2026-" + (month < 10 ? "0" : "") + month;
                        int value = (n * 7) % 100;
                        yaml.append("  - {indicator: ").append(indicator).append(", unit: \"").append(commune).append("\", period: ")
                                .append(period).append(", categories: {SEX: ").append(sex).append("}, value: ").append(value).append("}\n");
                        csv.append(indicator).append(',').append(commune).append(',').append(period).append(',').append(sex).append(',').append(value).append('\n');
                        n++;
                    }
                }
            }
        }
        Path yamlFile = java.nio.file.Files.writeString(folder.resolve("values-100k.yaml"), yaml);
        Path csvFile = java.nio.file.Files.writeString(folder.resolve("values-100k.csv"), csv);
        for (int round = 1; round <= 5; round++) {
            double[] seconds = new double[2];
            Path[] files = {csvFile, yamlFile};
            for (int k = 0; k < 2; k++) {
                ValueStore store = job.newStore();
                long t0 = System.nanoTime();
                ImportResult r = job.importFile(store, files[k], files[k].toString(), ImportOptions.defaults()).imported().orElseThrow();
                seconds[k] = (System.nanoTime() - t0) / 1e9;
                if (!r.stored()) throw new IllegalStateException("did not import: " + r.problems().get(0));
            }
            System.out.printf("100,000 values, round %d: CSV %.3f s (%,.0f values/s) | YAML %.3f s (%,.0f values/s)%n", round,
                    seconds[0], n / seconds[0], seconds[1], n / seconds[1]);
        }
    }

    /** The processor time of the whole process so far: less moved by the host's other load than the wall clock. */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) pool.resetPeakUsage();
        }
    }

    private static long heapPeak() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        return peak;
    }
}
