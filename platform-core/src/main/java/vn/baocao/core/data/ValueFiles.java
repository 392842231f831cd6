package vn.baocao.core.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.baocao.core.i18n.MessageRef;
import vn.baocao.core.problem.Severity;
import vn.baocao.core.read.LocationIndex;
import vn.baocao.core.read.ReadProblem;
import vn.baocao.core.read.SourceReader;

/**
 * Reads a {@link ValueFile} (YAML or JSON) into a {@link ValueSink}. Reading reports wrong shapes and
 * unknown fields with their places; each entry then goes to the sink as it is, its fields' texts
 * side by side in one buffer, and each problem is placed at its field ({@code /values/3/value},
 * line:column). A number is taken as written in the file, digit for digit.
 */
final class ValueFiles {
    /** YAML and JSON files of values are for what a person or a system sends at once; bulk data goes as CSV. */
    static final long MAX_BYTES = 64L << 20;

    private static final java.util.regex.Pattern VALUE_MEMBER = java.util.regex.Pattern.compile("/values/\\d+/value");

    private final SourceReader reader;

    ValueFiles(SourceReader reader) {
        this.reader = reader;
    }

    /** The result, or the reason the file could not be read at all. */
    record Outcome(Optional<ImportResult> result, Optional<MessageRef> unreadable, Optional<MessageRef> hint) {}

    Outcome read(Path file, ValueSink sink) {
        // a file of values is read whole into records: larger than a report source, but bounded; CSV has no limit
        SourceReader.Outcome<ValueFile> outcome = reader.read(file, ValueFile.class, MAX_BYTES);
        if (outcome instanceof SourceReader.Unreadable<ValueFile> u) {
            return new Outcome(Optional.empty(), Optional.of(u.reason()), Optional.of(u.hint()));
        }
        SourceReader.Read<ValueFile> read = (SourceReader.Read<ValueFile>) outcome;
        LocationIndex index = read.index();
        if (!index.contains("/values") && !read.problems().isEmpty()
                && read.problems().stream().allMatch(p -> p.code().equals("field.unknown")
                        || p.code().equals("file.empty") || (p.pointer().isEmpty() && p.code().equals("value.wrongType")))) {
            // not a file of values at all: say so without repeating what it holds
            return new Outcome(Optional.of(sink.refuse(placed("data.notValueFile", MessageRef.of("data.notValueFile"),
                    MessageRef.of("data.values.hint"), "", new LocationIndex.Position(1, 1)))), Optional.empty(), Optional.empty());
        }
        for (ReadProblem p : read.problems()) {
            if (p.severity() != Severity.ERROR) continue;
            if (p.code().equals("file.tooLarge")) {
                sink.problem(placed("data.valuesTooLarge", MessageRef.of("data.valuesTooLarge", p.message().arguments().toArray()),
                        MessageRef.of("data.valuesTooLarge.hint"), "", new LocationIndex.Position(1, 1)));
                continue;
            }
            LocationIndex.Position at = p.position().orElseGet(() -> index.locate(p.pointer()));
            if (p.code().equals("value.wrongType") && VALUE_MEMBER.matcher(p.pointer()).matches()) {
                // a value is read as text so that it is checked as CSV is, but what is expected there is a number
                sink.problem(placed("data.valueNotNumber", MessageRef.of("data.valueNotNumber", p.message().arguments().get(0)),
                        MessageRef.of("data.valueNotNumber.hint"), p.pointer(), at));
                continue;
            }
            sink.problem(placed(p.code(), p.message(), p.hint().orElse(MessageRef.of("data.values.hint")), p.pointer(), at));
        }
        Optional<String> declared = read.value().map(ValueFile::numberStyle);
        if (declared.isPresent()) {
            Optional<NumberStyle> style = NumberStyle.parse(declared.get());
            if (style.isPresent()) {
                sink.numberStyle(style.get());
            } else {
                sink.problem(placed("data.badNumberStyle", MessageRef.of("data.badNumberStyle", declared.get()),
                        MessageRef.of("data.badNumberStyle.hint", NumberStyle.names()), "/numberStyle", index.locate("/numberStyle")));
            }
        }
        List<ValueFile.Entry> entries = read.value().map(ValueFile::values).orElse(List.of());
        if (!sink.hasProblems() && entries.isEmpty()) {
            sink.problem(placed("data.values.empty", MessageRef.of("data.values.empty"), MessageRef.of("data.values.hint"), "/values",
                    index.locate("/values")));
        }
        if (sink.hasProblems()) return new Outcome(Optional.of(sink.finish()), Optional.empty(), Optional.empty());
        EntryRow row = new EntryRow(index);
        for (int i = 0; i < entries.size(); i++) {
            ValueFile.Entry e = entries.get(i);
            if (e == null) {
                String pointer = "/values/" + i;
                sink.problem(placed("data.emptyEntry", MessageRef.of("data.emptyEntry"), MessageRef.of("data.values.hint"), pointer, index.locate(pointer)));
                continue;
            }
            if (!row.set(i, e, sink)) continue;
            sink.row(row);
        }
        return new Outcome(Optional.of(sink.finish()), Optional.empty(), Optional.empty());
    }

    private static DataProblem placed(String code, MessageRef message, MessageRef hint, String pointer, LocationIndex.Position at) {
        return new DataProblem(code, at.line(), -1, at.column(), message, hint, Optional.empty(), Optional.of(pointer));
    }

    /** One entry's fields as the sink sees them, each problem placed at its member's pointer. */
    private static final class EntryRow extends TextRow {
        private final LocationIndex index;
        private String[] members = new String[ValueSink.FIRST_CATEGORY + 4];
        private int entry;

        EntryRow(LocationIndex index) {
            this.index = index;
        }

        /** Lays out an entry; false when a category key is unknown (reported to the sink). */
        boolean set(int entry, ValueFile.Entry e, ValueSink sink) {
            this.entry = entry;
            clear();
            Arrays.fill(members, null);
            field(ValueSink.INDICATOR, e.indicator(), "indicator");
            field(ValueSink.UNIT, e.unit(), "unit");
            field(ValueSink.PERIOD, e.period(), "period");
            field(ValueSink.VALUE, e.value(), "value");
            field(ValueSink.COMMENT, e.comment(), "comment");
            for (Map.Entry<String, String> c : e.categories().entrySet()) {
                int column = sink.categoryColumn(c.getKey());
                if (column < 0) {
                    String pointer = "/values/" + entry + "/categories/" + c.getKey();
                    sink.problem(placed("data.unknownDisaggregation", MessageRef.of("data.unknownDisaggregation", c.getKey()),
                            MessageRef.of("data.unknownDisaggregation.hint", sink.knownDisaggregations()), pointer, index.locate(pointer)));
                    return false;
                }
                field(ValueSink.FIRST_CATEGORY + column, c.getValue(), "categories/" + c.getKey());
            }
            return true;
        }

        private void field(int field, String text, String member) {
            if (field >= members.length) members = Arrays.copyOf(members, field + 4);
            members[field] = member;
            put(field, text);
        }

        @Override
        public int line() {
            return index.locate("/values/" + entry + "/value").line();
        }

        @Override
        public DataProblem at(int field, String code, MessageRef message, MessageRef hint) {
            String member = field >= 0 && field < members.length ? members[field] : null;
            String pointer = "/values/" + entry + (member == null ? "" : "/" + member);
            return placed(code, message, hint, pointer, index.locate(pointer));
        }
    }
}
