package vn.baocao.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.api.indicator.Aggregation;
import vn.baocao.api.indicator.Disaggregation;
import vn.baocao.api.indicator.Indicator;
import vn.baocao.api.indicator.ValueType;
import vn.baocao.api.program.ProgramType;
import vn.baocao.api.service.IndicatorCatalog;
import vn.baocao.api.text.LocalizedText;
import vn.baocao.core.units.BundledUnitDirectory;

/** A large CSV read on two threads gives exactly what one thread gives: values, problems and their places. */
class ParallelCsvTest {
    private static final Indicator PERSONS = new Indicator("P", LocalizedText.of("P", "P"), LocalizedText.of("người", "persons"),
            ValueType.COUNT, Aggregation.SUM, List.of(Disaggregation.SEX), List.of());
    private static final BundledUnitDirectory UNITS = new BundledUnitDirectory();
    private static final String[] COMMUNES = {"21028", "23293", "21025", "21034"};

    @TempDir
    Path dir;

    /** Rows for four communes, 2026-01 to 2026-12 and both sexes, repeated over years 2030–2099; problems where asked. */
    private Path file(String name, java.util.function.IntFunction<String> lineOverride) throws IOException {
        StringBuilder csv = new StringBuilder("indicator,unit,period,sex,value,comment\n");
        int line = 2;
        for (int year = 2030; year < 2100; year++) {
            for (String commune : COMMUNES) {
                for (int month = 1; month <= 12; month++) {
                    for (String sex : new String[] {"M", "F"}) {
                        String override = lineOverride.apply(line);
                        csv.append(override != null ? override : "P," + commune + "," + year + "-" + (month < 10 ? "0" : "") + month + "," + sex + ","
                                + (line % 97) + ",").append('\n');
                        line++;
                    }
                }
            }
        }
        return Files.writeString(dir.resolve(name), csv);
    }

    private static IndicatorCatalog catalog() {
        return new IndicatorCatalog() {
            @Override public Optional<Indicator> indicator(String code) { return code.equals("P") ? Optional.of(PERSONS) : Optional.empty(); }
            @Override public List<Indicator> indicators() { return List.of(PERSONS); }
            @Override public Optional<ProgramType> programType(String id) { return Optional.empty(); }
            @Override public List<ProgramType> programTypes() { return List.of(); }
        };
    }

    private static ImportResult sequential(Path file) throws IOException {
        return CsvReader.importFile(new ValueStore(catalog(), UNITS), file, ImportOptions.defaults());
    }

    private static ImportResult parallel(Path file, ValueStore store) throws IOException {
        return ParallelCsv.tryImport(file, store, () -> new ValueSink(store, file.toString(), ImportOptions.defaults()), 0).orElseThrow();
    }

    @Test
    void problemsInBothHalvesAreReportedAtTheirLinesAsOnOneThread() throws IOException {
        Path file = file("loi.csv", line -> switch (line) {
            case 5 -> "P,21028,2030-01,X,3,";
            case 4000 -> "P,99999,2030-01,M,3,";
            case 5000 -> "P,21028,2030-01,M,14.000,";
            case 6500 -> "P,21028,2030-02,M,1";
            default -> null;
        });
        ImportResult one = sequential(file);
        ValueStore store = new ValueStore(catalog(), UNITS);
        ImportResult two = parallel(file, store);
        assertThat(one.problems()).extracting(DataProblem::code, DataProblem::line).containsExactly(
                tuple("data.unknownCategory", 5), tuple("data.unknownUnit", 4000), tuple("number.grouped", 5000), tuple("data.fieldCount", 6500));
        assertThat(two.problems()).extracting(DataProblem::code, DataProblem::line, DataProblem::column)
                .containsExactlyElementsOf(one.problems().stream().map(p -> tuple(p.code(), p.line(), p.column())).toList());
        assertThat(store.size()).isZero();
    }

    @Test
    void aGoodFileGivesTheSameValuesAndProvenance() throws IOException {
        Path file = file("tot.csv", line -> null);
        ValueStore one = new ValueStore(catalog(), UNITS);
        assertThat(CsvReader.importFile(one, file, ImportOptions.defaults()).stored()).isTrue();
        ValueStore two = new ValueStore(catalog(), UNITS);
        ImportResult result = parallel(file, two);
        assertThat(result.stored()).isTrue();
        assertThat(result.rows()).isEqualTo(70 * 4 * 12 * 2);
        assertThat(two.size()).isEqualTo(one.size());
        assertThat(two.totalsByProvinceAndYear().grandTotal()).isEqualTo(one.totalsByProvinceAndYear().grandTotal());
        // a value of the second half keeps its own line
        assertThat(two.provenance("P", "23293", "2099-12", 1)).hasValueSatisfying(p -> assertThat(p.line())
                .isEqualTo(one.provenance("P", "23293", "2099-12", 1).orElseThrow().line()));
        assertThat(two.value("P", "23293", "2099-12", 1)).isEqualTo(one.value("P", "23293", "2099-12", 1));
    }

    @Test
    void aQuotedLineBreakAcrossTheSplitFallsBackToOneThread() throws IOException {
        // a comment spanning many lines around the middle: a split there lands inside quotes
        StringBuilder note = new StringBuilder("\"ghi chú\n");
        for (int i = 0; i < 4000; i++) note.append("dòng ").append(i).append('\n');
        note.append('"');
        Path file = file("ghi-chu.csv", line -> line == 3300 ? "P,21028,2030-01,M,3," + note : null);
        ImportResult one = sequential(file);
        assertThat(one.problems()).extracting(DataProblem::code).containsExactly("data.duplicate");
        ValueStore store = new ValueStore(catalog(), UNITS);
        assertThat(ParallelCsv.tryImport(file, store, () -> new ValueSink(store, file.toString(), ImportOptions.defaults()), 0)).isEmpty();
        assertThat(store.size()).isZero();
    }
}
