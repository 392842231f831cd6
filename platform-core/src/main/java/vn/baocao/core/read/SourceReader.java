package vn.baocao.core.read;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.function.UnaryOperator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import vn.baocao.core.i18n.MessageRef;
import vn.baocao.core.problem.Severity;

/**
 * Reads a YAML or JSON source file into model records, collecting every problem the parser lets it
 * find: syntax errors (which end the reading), unknown fields, values of the wrong type, codes that
 * do not parse, and text typed in decomposed Unicode. Nothing here throws for bad input.
 */
public final class SourceReader {

    /** What came of reading one file. */
    public sealed interface Outcome<T> permits Read, Unreadable {}

    /**
     * The file was read as far as it could be.
     *
     * @param value the records, when the file was well formed enough to build them
     * @param problems what was wrong, in no particular order
     * @param index where each pointer of the file is written
     */
    public record Read<T>(Optional<T> value, List<ReadProblem> problems, LocationIndex index) implements Outcome<T> {}

    /** The file could not be read (exit code 2). */
    public record Unreadable<T>(MessageRef reason, MessageRef hint) implements Outcome<T> {}

    // the parser's own limit (3 million characters) would refuse a file of values the size checks allow
    private final ObjectMapper yaml = configure(YAMLMapper.builder(tools.jackson.dataformat.yaml.YAMLFactory.builder()
            .loadSettings(org.snakeyaml.engine.v2.api.LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE).build()).build()));
    private final ObjectMapper json = configure(JsonMapper.builder());

    private static <M extends ObjectMapper, B extends tools.jackson.databind.cfg.MapperBuilder<M, B>> M configure(B builder) {
        return builder
                .addModule(new ModelModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    /**
     * A streaming parser over YAML or JSON text, with the settings records are read with (duplicate
     * keys refused, no limit on the length of a file the size checks allow), for a reader that takes
     * a file token by token.
     */
    public tools.jackson.core.JsonParser parser(String format, String content) {
        return (format.equals("yaml") ? yaml : json).createParser(content);
    }

    /** Whether a file name says YAML or JSON; empty for anything else. */
    public static Optional<String> formatOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".yaml") || name.endsWith(".yml")) return Optional.of("yaml");
        if (name.endsWith(".json")) return Optional.of("json");
        return Optional.empty();
    }

    public <T> Outcome<T> read(Path file, Class<T> type) {
        return read(file, type, SourceText.MAX_BYTES);
    }

    /** As {@link #read(Path, Class)}, with another size limit. */
    public <T> Outcome<T> read(Path file, Class<T> type, long maxBytes) {
        Optional<String> format = formatOf(file);
        if (java.nio.file.Files.isDirectory(file)) {
            return new Unreadable<>(MessageRef.of("file.folderGiven", file.toString()), MessageRef.of("file.folderGiven.hint", file.toString()));
        }
        if (format.isEmpty()) {
            return new Unreadable<>(MessageRef.of("file.unknownFormat"), MessageRef.of("file.unknownFormat.hint"));
        }
        SourceText.Outcome text = SourceText.read(file, maxBytes);
        if (text instanceof SourceText.Unreadable u) {
            return new Unreadable<>(u.reason(), u.hint());
        }
        if (text instanceof SourceText.Rejected r) {
            ReadProblem problem = new ReadProblem(Severity.ERROR, r.code(), "", r.reason(), Optional.of(r.hint()),
                    r.line() > 0 ? Optional.of(new LocationIndex.Position(r.line(), r.column())) : Optional.empty());
            return new Read<>(Optional.empty(), List.of(problem), LocationIndex.of(json, "{}"));
        }
        String written = ((SourceText.Text) text).text();
        List<ReadProblem> controls = ControlCharacters.in(written);
        if (!controls.isEmpty()) {
            // the parsers would stop at them with a message placed elsewhere: each is said where it is
            return new Read<>(Optional.empty(), controls, LocationIndex.of(json, "{}"));
        }
        Optional<ReadProblem> decomposed = decomposedText(written);
        // every text, keys and block contents included, is read from the composed form: what the warning says is done
        String content = decomposed.isPresent() ? Normalizer.normalize(written, Normalizer.Form.NFC) : written;
        ObjectMapper mapper = format.get().equals("yaml") ? yaml : json;
        LocationIndex index = LocationIndex.of(mapper, content);
        ProblemCollector collector = new ProblemCollector();
        if (hasNoContent(mapper, content)) {
            collector.add(ReadProblem.error("file.empty", "", MessageRef.of("file.empty"), MessageRef.of("file.empty.hint")));
            return new Read<>(Optional.empty(), collector.problems(), index);
        }
        decomposed.ifPresent(collector::add);
        if (format.get().equals("yaml") && !references(mapper, content, collector)) {
            // what the reading would say of the rest is about the second document: said once, above
            return new Read<>(Optional.empty(), collector.problems(), index);
        }
        T value = null;
        try {
            value = mapper.readerFor(type)
                    .withHandler(new CollectingProblemHandler(collector))
                    .withAttribute(ProblemCollector.class, collector)
                    .readValue(content);
        } catch (StreamReadException e) {
            collector.add(syntaxError(e, format.get(), content));
        } catch (DatabindException e) {
            collector.add(mappingError(e));
        } catch (JacksonException e) {
            collector.add(syntaxError(e, format.get(), content));
        }
        List<ReadProblem> problems = new ArrayList<>(collector.problems());
        LocationIndex asRead = index;
        problems.replaceAll(p -> p.code().equals("field.unknown") ? placedWhereWritten(p, asRead) : p);
        if (decomposed.isPresent()) {
            // places were found in the composed text: said as columns of the text as the user wrote it
            UnaryOperator<LocationIndex.Position> back = at -> new LocationIndex.Position(at.line(), writtenColumn(written, at));
            problems.replaceAll(p -> p == decomposed.get() ? p : p.position().map(at -> p.at(back.apply(at))).orElse(p));
            index = index.mapped(back);
        }
        return new Read<>(Optional.ofNullable(value), problems, index);
    }

    /**
     * An unknown field at the pointer where it is written. Jackson reports an unknown field of a
     * record whose value is a list or a mapping only after reading on, with the context of a later
     * field (`/report/signature/extra` for `/report/extra`): the field is looked for at each level
     * above the reported one, nearest first, among the pointers the file has.
     */
    private static ReadProblem placedWhereWritten(ReadProblem p, LocationIndex index) {
        if (index.contains(p.pointer())) return p;
        int slash = p.pointer().lastIndexOf('/');
        if (slash < 0) return p;
        String name = p.pointer().substring(slash);
        for (String parent = p.pointer().substring(0, slash); ; ) {
            if (index.contains(parent + name)) {
                return new ReadProblem(p.severity(), p.code(), parent + name, p.message(), p.hint(), p.position());
            }
            int up = parent.lastIndexOf('/');
            if (up < 0) return p;
            parent = parent.substring(0, up);
        }
    }

    /** The column in the written (decomposed) line of a column of its composed form. */
    private static int writtenColumn(String written, LocationIndex.Position at) {
        String[] lines = written.split("\n", -1);
        if (at.line() < 1 || at.line() > lines.length) return at.column();
        String line = lines[at.line() - 1];
        if (Normalizer.isNormalized(line, Normalizer.Form.NFC)) return at.column();
        int offset = 0;
        for (int k = 0; k < at.column() - 1 && offset < line.length(); ) {
            int next = offset + Character.charCount(line.codePointAt(offset));
            // combining marks after a letter compose into it: step over them with the letter
            while (next < line.length() && Character.getType(line.codePointAt(next)) == Character.NON_SPACING_MARK) {
                next += Character.charCount(line.codePointAt(next));
            }
            String composed = Normalizer.normalize(line.substring(offset, next), Normalizer.Form.NFC);
            k += composed.codePointCount(0, composed.length());
            offset = next;
        }
        return line.codePointCount(0, offset) + 1;
    }

    /**
     * YAML's aliases, merge keys and tags, each refused where it is written (see {@link YamlReferences});
     * false when the file holds a second document, which is refused too.
     */
    private static boolean references(ObjectMapper mapper, String content, ProblemCollector collector) {
        try (tools.jackson.core.JsonParser p = mapper.createParser(content)) {
            int documents = 0;
            while (p.nextToken() != null) {
                YamlReferences.of(p).ifPresent(collector::add);
                if (p.streamReadContext().inRoot() && ++documents == 2) {
                    // a "---" and a second document: only the first would be read
                    collector.add(ReadProblem.error("yaml.secondDocument", "", MessageRef.of("yaml.secondDocument"),
                            MessageRef.of("yaml.secondDocument.hint")).at(new LocationIndex.Position(documentStart(content, p.currentTokenLocation().getLineNr()), 1)));
                    return false;
                }
            }
        } catch (JacksonException e) {
            // a syntax error: the reading reports it
        }
        return true;
    }

    /** The line of the "---" that starts the document the parser has reached (it reports a later line). */
    private static int documentStart(String content, int reached) {
        String[] lines = content.split("\n", -1);
        for (int i = Math.min(lines.length, Math.max(1, reached)) - 1; i >= 0; i--) {
            if (lines[i].startsWith("---")) return i + 1;
        }
        return Math.max(1, reached);
    }

    /** A file of comments and blank lines only: nothing to read, which is not a syntax error. */
    private static boolean hasNoContent(ObjectMapper mapper, String content) {
        try (tools.jackson.core.JsonParser p = mapper.createParser(content)) {
            return p.nextToken() == null;
        } catch (JacksonException e) {
            return false;
        }
    }

    private static ReadProblem syntaxError(JacksonException e, String format, String content) {
        return ReadProblems.syntax(e, format, content);
    }

    private static ReadProblem mappingError(DatabindException e) {
        StringBuilder pointer = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            pointer.append('/').append(ref.getPropertyName() != null ? ref.getPropertyName() : Integer.toString(ref.getIndex()));
        }
        // the library's sentence names Java classes: the place and the platform's words are what the user gets
        ReadProblem problem = ReadProblem.error("value.invalid", pointer.toString(), MessageRef.of("value.invalid"), MessageRef.of("value.invalid.hint"));
        TokenStreamLocation at = e.getLocation();
        return at != null && at.getLineNr() > 0 ? problem.at(new LocationIndex.Position(at.getLineNr(), at.getColumnNr())) : problem;
    }

    /** One warning for text typed in decomposed Unicode: it is normalised, but the user should know. */
    private static Optional<ReadProblem> decomposedText(String content) {
        String[] lines = content.split("\n", -1);
        int count = 0;
        LocationIndex.Position first = null;
        for (int i = 0; i < lines.length; i++) {
            if (!Normalizer.isNormalized(lines[i], Normalizer.Form.NFC)) {
                count++;
                if (first == null) {
                    first = new LocationIndex.Position(i + 1, firstDecomposedColumn(lines[i]));
                }
            }
        }
        if (count == 0) {
            return Optional.empty();
        }
        return Optional.of(new ReadProblem(Severity.WARNING, "text.decomposed", "",
                MessageRef.of("text.decomposed", count), Optional.of(MessageRef.of("text.decomposed.hint")), Optional.of(first)));
    }

    /** The column (1-based, in code points) of the letter that carries the first combining mark. */
    private static int firstDecomposedColumn(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (Character.getType(line.charAt(i)) == Character.NON_SPACING_MARK && i > 0) {
                return line.codePointCount(0, i - 1) + 1;
            }
        }
        return 1;
    }

}
