package vn.baocao.core.data;

import static vn.baocao.core.data.CsvValueImporter.csvField;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.baocao.core.i18n.MessageRef;
import vn.baocao.core.read.LocationIndex;
import vn.baocao.core.read.ReadProblem;
import vn.baocao.core.problem.Severity;
import vn.baocao.core.read.SourceReader;

/**
 * Imports a {@link ValueFile}. Reading reports wrong shapes and unknown fields with their places;
 * each entry then becomes one row for {@link CsvValueImporter}, so the values get exactly the checks
 * of a CSV file, and each problem is placed at its field ({@code /values/3/value}, line:column).
 */
public final class ValueFiles {
    private final SourceReader reader;

    public ValueFiles(SourceReader reader) {
        this.reader = reader;
    }

    /** The result, or the reason the file could not be read at all (a message key). */
    public record Outcome(Optional<ImportResult> result, Optional<MessageRef> unreadable, Optional<MessageRef> hint) {}

    public Outcome read(Path file, CsvValueImporter importer) throws IOException {
        String source = file.toString();
        SourceReader.Outcome<ValueFile> outcome = reader.read(file, ValueFile.class);
        if (outcome instanceof SourceReader.Unreadable<ValueFile> u) {
            return new Outcome(Optional.empty(), Optional.of(u.reason()), Optional.of(u.hint()));
        }
        SourceReader.Read<ValueFile> read = (SourceReader.Read<ValueFile>) outcome;
        LocationIndex index = read.index();
        List<DataProblem> problems = new ArrayList<>();
        for (ReadProblem p : read.problems()) {
            if (p.severity() != Severity.ERROR) continue;
            problems.add(placed(p.code(), p.message(), p.hint().orElse(MessageRef.of("data.values.hint")), p.pointer(),
                    p.position().orElseGet(() -> index.locate(p.pointer()))));
        }
        List<ValueFile.Entry> entries = read.value().map(ValueFile::values).orElse(List.of());
        if (problems.isEmpty() && entries.isEmpty()) {
            problems.add(placed("data.values.empty", MessageRef.of("data.values.empty"), MessageRef.of("data.values.hint"), "/values",
                    index.locate("/values")));
        }
        if (!problems.isEmpty()) {
            return result(new ImportResult(source, 0, 0, 0, 0, problems, 0));
        }

        Set<String> keys = new LinkedHashSet<>();
        entries.forEach(e -> { if (e != null) keys.addAll(e.categories().keySet()); });
        List<String> categories = List.copyOf(keys);
        StringBuilder csv = new StringBuilder("indicator,unit,period");
        categories.forEach(k -> csv.append(',').append(csvField(k)));
        csv.append(",value,comment\n");
        List<Integer> entryOfLine = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            ValueFile.Entry e = entries.get(i);
            if (e == null) continue;
            csv.append(csvField(e.indicator())).append(',').append(csvField(e.unit())).append(',').append(csvField(e.period()));
            for (String k : categories) csv.append(',').append(csvField(e.categories().get(k)));
            csv.append(',').append(csvField(e.value())).append(',').append(csvField(e.comment())).append('\n');
            entryOfLine.add(i);
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        ImportResult imported = importer.importStream(source, new ByteArrayInputStream(bytes), entryOfLine.size() + 1L,
                line -> line >= 2 && line - 2 < entryOfLine.size() ? index.locate("/values/" + entryOfLine.get(line - 2)).line() : line);
        List<DataProblem> placed = imported.problems().stream().map(p -> {
            String pointer;
            if (p.line() == 1) {
                // the header is made from the category keys: a wrong key is shown where it is first used
                String key = p.field() >= 3 && p.field() < 3 + categories.size() ? categories.get(p.field() - 3) : null;
                int first = 0;
                while (key != null && first < entries.size() && (entries.get(first) == null || !entries.get(first).categories().containsKey(key))) first++;
                pointer = key == null ? "/values" : "/values/" + first + "/categories/" + key;
            } else if (p.line() - 2 < entryOfLine.size()) {
                pointer = "/values/" + entryOfLine.get(p.line() - 2) + pointerOf(p, categories);
            } else {
                return p;
            }
            LocationIndex.Position at = index.locate(pointer);
            return new DataProblem(p.code(), at.line(), p.field(), at.column(), p.message(), p.hint(), Optional.empty(), Optional.of(pointer));
        }).toList();
        return result(new ImportResult(source, imported.rows(), imported.added(), imported.replaced(), imported.unchanged(),
                placed, imported.unlisted()));
    }

    /** The member of an entry a CSV field came from: indicator, unit, period, the categories, value, comment. */
    private static String pointerOf(DataProblem p, List<String> categories) {
        int f = p.field();
        if (f < 0) return "";
        if (f == 0) return "/indicator";
        if (f == 1) return "/unit";
        if (f == 2) return "/period";
        if (f < 3 + categories.size()) return "/categories/" + categories.get(f - 3);
        return f == 3 + categories.size() ? "/value" : "/comment";
    }

    private static DataProblem placed(String code, MessageRef message, MessageRef hint, String pointer, LocationIndex.Position at) {
        return new DataProblem(code, at.line(), -1, at.column(), message, hint, Optional.empty(), Optional.of(pointer));
    }

    private static Outcome result(ImportResult result) {
        return new Outcome(Optional.of(result), Optional.empty(), Optional.empty());
    }
}
