package vn.baocao.core.data;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import vn.baocao.core.i18n.MessageRef;
import vn.baocao.core.read.LocationIndex;
import vn.baocao.core.read.ReadProblem;
import vn.baocao.core.read.ReadProblems;
import vn.baocao.core.read.SourceReader;
import vn.baocao.core.read.SourceText;

/**
 * Reads indicator values written as YAML or JSON, for a handful of figures typed by hand or sent by
 * another system:
 *
 * <pre>
 * numberStyle: vi          # optional: how the values' texts write numbers (vi, en, plain)
 * values:
 *   - indicator: CM_UNDERAGE_PERSONS
 *     unit: "21028"
 *     period: 2026-01
 *     categories: {SEX: F}
 *     value: 3
 *     comment: cả hai vợ chồng dưới tuổi
 * </pre>
 *
 * The file goes into a {@link ValueSink} in one pass over the parser's
 * tokens: each entry's texts and the place of each of its members are taken as they come, so that
 * nothing builds a tree or looks a place up by its JSON pointer. Wrong shapes and unknown fields are
 * reported with their places ({@code /values/3/valeu}, line:column) and then no value is checked;
 * otherwise every entry goes to the sink, each problem placed at its member. A number is taken as
 * written in the file, digit for digit. The entries are kept until the file is read, since a
 * {@code numberStyle} written after the values still applies to them.
 */
final class ValueFiles {
    /** YAML and JSON files of values are for what a person or a system sends at once; bulk data goes as CSV. */
    static final long MAX_BYTES = 64L << 20;

    /** The members of an entry, in the order the hint lists them. */
    private static final List<String> ENTRY_MEMBERS = List.of("indicator", "unit", "period", "categories", "value", "comment");
    private static final List<String> FILE_MEMBERS = List.of("numberStyle", "values");

    private final SourceReader reader;

    ValueFiles(SourceReader reader) {
        this.reader = reader;
    }

    /** The result, or the reason the file could not be read at all. */
    record Outcome(Optional<ImportResult> result, Optional<MessageRef> unreadable, Optional<MessageRef> hint) {}

    Outcome read(Path file, ValueSink sink) {
        Optional<String> format = SourceReader.formatOf(file);
        if (format.isEmpty()) {
            return new Outcome(Optional.empty(), Optional.of(MessageRef.of("file.unknownFormat")), Optional.of(MessageRef.of("file.unknownFormat.hint")));
        }
        // a file of values is read whole: larger than a report source, but bounded; CSV has no limit
        SourceText.Outcome text = SourceText.read(file, MAX_BYTES);
        if (text instanceof SourceText.Unreadable u) {
            return new Outcome(Optional.empty(), Optional.of(u.reason()), Optional.of(u.hint()));
        }
        if (text instanceof SourceText.Rejected r) {
            if (r.code().equals("file.tooLarge")) {
                return done(sink.refuse(placed("data.valuesTooLarge", MessageRef.of("data.valuesTooLarge", r.reason().arguments().toArray()),
                        MessageRef.of("data.valuesTooLarge.hint"), "", new LocationIndex.Position(1, 1))));
            }
            if (r.code().equals("file.empty")) {
                return done(sink.refuse(placed("data.notValueFile", MessageRef.of("data.notValueFile"), MessageRef.of("data.values.hint"), "",
                        new LocationIndex.Position(1, 1))));
            }
            return done(sink.refuse(placed(r.code(), r.reason(), r.hint(), "", new LocationIndex.Position(Math.max(1, r.line()), Math.max(1, r.column())))));
        }
        Walk walk = new Walk(sink);
        String content = ((SourceText.Text) text).text();
        try (JsonParser parser = reader.parser(format.get(), content)) {
            walk.file(new tools.jackson.core.util.JsonParserDelegate(parser) {
                @Override
                public JsonToken nextToken() {
                    JsonToken t = super.nextToken();
                    // checked as the tokens come, so that no second pass reads the file
                    vn.baocao.core.read.YamlReferences.of(parser).ifPresent(walk::reference);
                    return t;
                }
            });
        } catch (JacksonException e) {
            ReadProblem syntax = ReadProblems.syntax(e, format.get(), content);
            walk.problem(syntax.code(), syntax.message(), syntax.hint().orElse(MessageRef.of("data.values.hint")), "",
                    syntax.position().orElse(new LocationIndex.Position(1, 1)));
            return done(sink.finish());
        }
        return done(walk.finish());
    }

    private static Outcome done(ImportResult result) {
        return new Outcome(Optional.of(result), Optional.empty(), Optional.empty());
    }

    private static DataProblem placed(String code, MessageRef message, MessageRef hint, String pointer, LocationIndex.Position at) {
        return new DataProblem(code, at.line(), -1, at.column(), message, hint, Optional.empty(), Optional.of(pointer));
    }

    private static LocationIndex.Position position(JsonParser p) {
        TokenStreamLocation at = p.currentTokenLocation();
        return new LocationIndex.Position(Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
    }

    /** Texts are normalised to NFC, as everywhere in the platform; most are plain ASCII codes. */
    private static String nfc(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) return Normalizer.normalize(text, Normalizer.Form.NFC);
        }
        return text;
    }

    private static boolean scalar(JsonToken t) {
        return t.isScalarValue() && t != JsonToken.VALUE_NULL;
    }

    /** One entry as read: its members' texts and places, by the sink's fields. */
    private static final class Entry {
        final int index;
        final LocationIndex.Position at;
        String[] texts = new String[ValueSink.FIRST_CATEGORY];
        LocationIndex.Position[] places = new LocationIndex.Position[ValueSink.FIRST_CATEGORY];
        /** Category members: disaggregation code, text and place, in the order written. */
        final List<String> categoryKeys = new ArrayList<>(1);
        final List<String> categoryTexts = new ArrayList<>(1);
        final List<LocationIndex.Position> categoryPlaces = new ArrayList<>(1);
        /** Where the categories member is written, or null. */
        LocationIndex.Position categoriesAt;

        Entry(int index, LocationIndex.Position at) {
            this.index = index;
            this.at = at;
        }
    }

    /** The pass over one file's tokens. */
    private static final class Walk {
        private final ValueSink sink;
        /** Problems of shape and unknown fields: with any of them, no value is checked. */
        private boolean shapeProblems;
        private boolean sawValues;
        private boolean onlyUnknownFields = true;
        private LocationIndex.Position valuesAt;
        private String numberStyle;
        private LocationIndex.Position numberStyleAt;
        private final List<Entry> entries = new ArrayList<>();
        private final List<Integer> emptyEntries = new ArrayList<>();
        private final List<LocationIndex.Position> emptyEntryPlaces = new ArrayList<>();

        Walk(ValueSink sink) {
            this.sink = sink;
        }

        void problem(String code, MessageRef message, MessageRef hint, String pointer, LocationIndex.Position at) {
            sink.problem(placed(code, message, hint, pointer, at));
        }

        /** An anchor, an alias or a merge key: refused where it is written. */
        void reference(ReadProblem p) {
            shape(p, p.position().orElse(new LocationIndex.Position(1, 1)));
        }

        private void shape(ReadProblem p, LocationIndex.Position at) {
            shapeProblems = true;
            problem(p.code(), p.message(), p.hint().orElse(MessageRef.of("data.values.hint")), p.pointer(), at);
        }

        void file(JsonParser p) {
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_OBJECT) {
                // empty, comments only, a list or a scalar: not a file of values at all; say so without repeating what it holds
                notValueFile = true;
                return;
            }
            while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                LocationIndex.Position at = position(p);
                t = p.nextToken();
                switch (name) {
                    case "numberStyle" -> {
                        onlyUnknownFields = false;
                        if (scalar(t)) {
                            numberStyle = nfc(p.getString());
                            numberStyleAt = at;
                        } else if (t != JsonToken.VALUE_NULL) {
                            shape(ReadProblems.wrongShape("/numberStyle", t, String.class), at);
                            p.skipChildren();
                        }
                    }
                    case "values" -> {
                        onlyUnknownFields = false;
                        sawValues = true;
                        valuesAt = at;
                        if (t == JsonToken.START_ARRAY) {
                            values(p);
                        } else if (t != JsonToken.VALUE_NULL) {
                            shape(ReadProblems.wrongShape("/values", t, List.class), at);
                            p.skipChildren();
                        }
                    }
                    default -> {
                        shape(ReadProblems.unknownField("/" + escape(name), name, FILE_MEMBERS), at);
                        p.skipChildren();
                    }
                }
            }
        }

        private boolean notValueFile;

        private void values(JsonParser p) {
            JsonToken t;
            int index = 0;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                LocationIndex.Position at = position(p);
                String pointer = "/values/" + index;
                if (t == JsonToken.START_OBJECT) {
                    entries.add(entry(p, index, at));
                } else if (t == JsonToken.VALUE_NULL) {
                    emptyEntries.add(index);
                    emptyEntryPlaces.add(at);
                } else {
                    shape(ReadProblems.wrongShape(pointer, t, Object.class), at);
                    p.skipChildren();
                }
                index++;
            }
        }

        private Entry entry(JsonParser p, int index, LocationIndex.Position entryAt) {
            Entry e = new Entry(index, entryAt);
            String base = "/values/" + index + "/";
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                LocationIndex.Position at = position(p);
                t = p.nextToken();
                int field = ValueSink.fieldNamed(name);
                if (field >= 0) {
                    e.places[field] = at;
                    if (scalar(t)) {
                        e.texts[field] = nfc(p.getString());
                    } else if (t != JsonToken.VALUE_NULL) {
                        if (field == ValueSink.VALUE) {
                            // a value is read as text so that it is checked as CSV is, but what belongs there is a number
                            shapeProblems = true;
                            problem("data.valueNotNumber", MessageRef.of("data.valueNotNumber", MessageRef.of(ReadProblems.shapeKey(t))),
                                    MessageRef.of("data.valueNotNumber.hint"), base + name, at);
                        } else {
                            shape(ReadProblems.wrongShape(base + name, t, String.class), at);
                        }
                        p.skipChildren();
                    }
                } else if (name.equals("categories")) {
                    e.categoriesAt = at;
                    if (t == JsonToken.START_OBJECT) {
                        categories(p, e, base + "categories/");
                    } else if (t != JsonToken.VALUE_NULL) {
                        shape(ReadProblems.wrongShape(base + "categories", t, java.util.Map.class), at);
                        p.skipChildren();
                    }
                } else {
                    // YAML's merge key is refused as such (YamlReferences), not as an unknown member
                    if (!name.equals("<<")) shape(ReadProblems.unknownField(base + escape(name), name, ENTRY_MEMBERS), at);
                    p.skipChildren();
                }
            }
            return e;
        }

        private void categories(JsonParser p, Entry e, String base) {
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String key = nfc(p.currentName());
                LocationIndex.Position at = position(p);
                JsonToken t = p.nextToken();
                if (scalar(t)) {
                    e.categoryKeys.add(key);
                    e.categoryTexts.add(nfc(p.getString()));
                    e.categoryPlaces.add(at);
                } else if (t != JsonToken.VALUE_NULL) {
                    shape(ReadProblems.wrongShape(base + escape(key), t, String.class), at);
                    p.skipChildren();
                }
            }
        }

        ImportResult finish() {
            if (notValueFile || (!sawValues && onlyUnknownFields && shapeProblems)) {
                return sink.refuse(placed("data.notValueFile", MessageRef.of("data.notValueFile"), MessageRef.of("data.values.hint"), "",
                        new LocationIndex.Position(1, 1)));
            }
            if (numberStyle != null) {
                Optional<NumberStyle> style = NumberStyle.parse(numberStyle);
                if (style.isPresent()) {
                    sink.numberStyle(style.get());
                } else {
                    problem("data.badNumberStyle", MessageRef.of("data.badNumberStyle", numberStyle),
                            MessageRef.of("data.badNumberStyle.hint", NumberStyle.names()), "/numberStyle", numberStyleAt);
                }
            }
            if (!sink.hasProblems() && entries.isEmpty() && emptyEntries.isEmpty()) {
                problem("data.values.empty", MessageRef.of("data.values.empty"), MessageRef.of("data.values.hint"), "/values",
                        valuesAt != null ? valuesAt : new LocationIndex.Position(1, 1));
            }
            if (sink.hasProblems()) return sink.finish();
            for (int i = 0; i < emptyEntries.size(); i++) {
                problem("data.emptyEntry", MessageRef.of("data.emptyEntry"), MessageRef.of("data.values.hint"), "/values/" + emptyEntries.get(i),
                        emptyEntryPlaces.get(i));
            }
            EntryRow row = new EntryRow();
            for (Entry e : entries) {
                if (row.set(e, sink)) sink.row(row);
            }
            return sink.finish();
        }
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /** One entry's fields as the sink sees them, each problem placed at its member. */
    private static final class EntryRow extends TextRow {
        private String[] members = new String[ValueSink.FIRST_CATEGORY + 4];
        private LocationIndex.Position[] places = new LocationIndex.Position[ValueSink.FIRST_CATEGORY + 4];
        private Entry entry;

        /** Lays out an entry; false when a category key is unknown (reported to the sink). */
        boolean set(Entry e, ValueSink sink) {
            this.entry = e;
            clear();
            Arrays.fill(members, null);
            Arrays.fill(places, null);
            field(ValueSink.INDICATOR, e, "indicator");
            field(ValueSink.UNIT, e, "unit");
            field(ValueSink.PERIOD, e, "period");
            field(ValueSink.VALUE, e, "value");
            field(ValueSink.COMMENT, e, "comment");
            for (int c = 0; c < e.categoryKeys.size(); c++) {
                String key = e.categoryKeys.get(c);
                int column = sink.categoryColumn(key);
                if (column < 0) {
                    sink.problem(placed("data.unknownDisaggregation", MessageRef.of("data.unknownDisaggregation", key),
                            MessageRef.of("data.unknownDisaggregation.hint", sink.knownDisaggregations()),
                            "/values/" + e.index + "/categories/" + escape(key), e.categoryPlaces.get(c)));
                    return false;
                }
                int field = ValueSink.FIRST_CATEGORY + column;
                grow(field);
                members[field] = "categories/" + escape(key);
                places[field] = e.categoryPlaces.get(c);
                put(field, e.categoryTexts.get(c));
            }
            return true;
        }

        private void field(int field, Entry e, String member) {
            members[field] = member;
            places[field] = e.places[field];
            put(field, e.texts[field]);
        }

        private void grow(int field) {
            if (field >= members.length) {
                members = Arrays.copyOf(members, field + 4);
                places = Arrays.copyOf(places, field + 4);
            }
        }

        @Override
        /** The entry's first line: where a duplicate of it is said to be, and where its figure is traced to. */
        public int line() {
            return entry.at.line();
        }

        @Override
        public DataProblem at(int field, String code, MessageRef message, MessageRef hint) {
            String member = field >= 0 && field < members.length ? members[field] : null;
            String pointer = "/values/" + entry.index + (member == null ? "" : "/" + member);
            // a member not written is placed at its entry, the nearest thing that is
            LocationIndex.Position at = field >= 0 && field < places.length && places[field] != null ? places[field]
                    : member != null && member.startsWith("categories/") && entry.categoriesAt != null ? entry.categoriesAt : entry.at;
            return placed(code, message, hint, pointer, at);
        }
    }
}
