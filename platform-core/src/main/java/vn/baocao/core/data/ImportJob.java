package vn.baocao.core.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import vn.baocao.api.program.ProgramType;
import vn.baocao.api.service.UnitDirectory;
import vn.baocao.core.i18n.MessageRef;
import vn.baocao.core.plugin.Registry;
import vn.baocao.core.read.SourceReader;

/**
 * The one way values come in, for {@code baocao import}, a report source's {@code data:},
 * {@code consolidate} and the server: each file read by the reader of its kind (CSV, YAML or JSON,
 * Excel) into one {@link ValueSink}, stored whole or not at all; then the rules — the plugins', the
 * installation's {@code conf/rules/} and any given — checked on every unit and period with values.
 */
public final class ImportJob {
    private final Registry registry;
    private final UnitDirectory units;
    private final SourceReader reader;
    private final RuleSets rules;
    private volatile UnitIndex unitIndex;

    public ImportJob(Registry registry, UnitDirectory units, SourceReader reader, RuleSets rules) {
        this.registry = registry;
        this.units = units;
        this.reader = reader;
        this.rules = rules;
    }

    /** An empty store of this platform's indicators and units. */
    public ValueStore newStore() {
        return new ValueStore(registry, unitIndex());
    }

    /** Built once: a server makes a store for every batch, and the index of some ten thousand units is the same each time. */
    private UnitIndex unitIndex() {
        UnitIndex index = unitIndex;
        if (index == null) {
            synchronized (this) {
                if (unitIndex == null) unitIndex = new UnitIndex(units);
                index = unitIndex;
            }
        }
        return index;
    }

    /**
     * What came of one file: its import, or why it could not be read at all.
     *
     * @param file the file as the user named it
     */
    public record FileResult(String file, Optional<ImportResult> imported, Optional<MessageRef> unreadable, Optional<MessageRef> hint) {
        static FileResult unreadable(String file, MessageRef reason, MessageRef hint) {
            return new FileResult(file, Optional.empty(), Optional.of(reason), Optional.of(hint));
        }

        static FileResult of(ImportResult result) {
            return new FileResult(result.file(), Optional.of(result), Optional.empty(), Optional.empty());
        }
    }

    /** Reads one file into the store, whole or not at all. */
    public FileResult importFile(ValueStore store, Path file, String name, ImportOptions options) {
        if (!Files.exists(file)) {
            return FileResult.unreadable(name, MessageRef.of("file.notFound"), MessageRef.of("file.notFound.hint"));
        }
        if (!Files.isRegularFile(file)) {
            // a folder, /dev/null, a pipe: there is such a thing, but it is not a file of values
            return FileResult.unreadable(name, MessageRef.of("data.notAFile", name), MessageRef.of("data.notAFile.hint"));
        }
        if (!Files.isReadable(file)) {
            return FileResult.unreadable(name, MessageRef.of("file.accessDenied"), MessageRef.of("file.unreadable.hint"));
        }
        try {
            String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
            Optional<MessageRef> workbookProblem = Workbooks.unsupported(file);
            if (workbookProblem.isPresent()) {
                return FileResult.unreadable(name, workbookProblem.get(), MessageRef.of("form.saveAsXlsx.hint"));
            }
            if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) {
                Optional<SpreadsheetReader> spreadsheets = ServiceLoader.load(SpreadsheetReader.class).findFirst();
                if (spreadsheets.isEmpty()) {
                    return FileResult.unreadable(name, MessageRef.of("form.noReader"), MessageRef.of("form.noReader.hint"));
                }
                return FileResult.of(spreadsheets.get().read(file, registry, options.program(),
                        program -> new ValueSink(store, name, options.withProgram(program))));
            }
            if (SourceReader.formatOf(file).isPresent()) {
                ValueFiles.Outcome read = new ValueFiles(reader).read(file, new ValueSink(store, name, options));
                return read.result().map(FileResult::of)
                        .orElseGet(() -> FileResult.unreadable(name, read.unreadable().get(), read.hint().get()));
            }
            store.reserve(estimateLines(file));
            Optional<ImportResult> parallel = ParallelCsv.tryImport(file, store, () -> new ValueSink(store, name, options));
            if (parallel.isPresent()) return FileResult.of(parallel.get());
            try (InputStream in = Files.newInputStream(file)) {
                return FileResult.of(new CsvReader(new ValueSink(store, name, options)).read(in));
            }
        } catch (java.nio.file.AccessDeniedException e) {
            return FileResult.unreadable(name, MessageRef.of("file.accessDenied"), MessageRef.of("file.unreadable.hint"));
        } catch (IOException e) {
            // the system's own wording is not for users: say what failed, and --debug is not needed to act on it
            return FileResult.unreadable(name, MessageRef.of("file.readFailed"), MessageRef.of("file.readFailed.hint"));
        }
    }

    /** Reads CSV text from a stream (an upload, a test) into the store. */
    public ImportResult importCsv(ValueStore store, InputStream in, String name, ImportOptions options) throws IOException {
        return new CsvReader(new ValueSink(store, name, options)).read(in);
    }

    /** A sink of the store for values a caller hands over row by row (a report source's own figures). */
    public ValueSink sink(ValueStore store, String name, ImportOptions options) {
        return new ValueSink(store, name, options);
    }

    /** The rules that apply: the plugins', the installation's and those of the given files. */
    public RuleSets.Loaded rules(ValueStore store, List<Path> given) {
        return rules.load(store, given);
    }

    /** Checks the loaded rules on every unit and period of the store. */
    public RuleSets.Checked check(ValueStore store, RuleSets.Loaded loaded) {
        List<RuleEngine.Unevaluable> unevaluable = new ArrayList<>();
        List<RuleEngine.Violation> violations = new RuleEngine(store).check(loaded.compiled(), unevaluable);
        return new RuleSets.Checked(violations, unevaluable);
    }

    /** The program type with this id, if loaded. */
    public Optional<ProgramType> programType(String id) {
        return registry.programType(id);
    }

    /** Lines in a file, from the length of its first lines: enough to size the columns once. */
    private static long estimateLines(Path file) throws IOException {
        long size = Files.size(file);
        byte[] head = new byte[(int) Math.min(size, 64 * 1024)];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        long newlines = 0;
        for (int i = 0; i < read; i++) if (head[i] == '\n') newlines++;
        return newlines == 0 ? 1 : size * newlines / Math.max(1, read) * 21 / 20 + 16;
    }
}
