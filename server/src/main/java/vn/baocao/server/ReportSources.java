package vn.baocao.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.baocao.api.spi.AssembledReport;
import vn.baocao.core.Platform;
import vn.baocao.core.assemble.ReportAssembler;
import vn.baocao.core.data.ImportJob;
import vn.baocao.core.data.ImportOptions;
import vn.baocao.core.data.ValueStore;
import vn.baocao.core.i18n.MessageRef;
import vn.baocao.core.problem.Problem;
import vn.baocao.core.render.ReportRenderer;
import vn.baocao.core.source.SourceChecker;

/**
 * The agency's report sources, kept by version, and their documents written from the approved
 * values of the database: the same checking, assembling and formats as {@code baocao render}, with
 * the approved figures in the place of the source's data files. A source is taken only when it
 * checks out, with the same messages as {@code baocao validate}.
 */
public final class ReportSources {
    private final Database database;
    private final Platform platform;
    private final Path scratch;

    ReportSources(Database database, Platform platform, Path scratch) {
        this.database = database;
        this.platform = platform;
        this.scratch = scratch;
    }

    public record Version(String name, int version, String uploadedBy, OffsetDateTime uploadedAt) {}

    /** A document written, with what it was written from. */
    public record Document(byte[] content, String fileName, int version, long values, long submissions) {}

    public Version upload(String name, String yaml, Actor actor, SourceChecker checker, vn.baocao.core.i18n.Messages messages) {
        checkName(name);
        List<Map<String, Object>> problems = check(name, yaml, checker).stream().filter(p -> "ERROR".equals(p.get("importance"))).toList();
        if (!problems.isEmpty()) {
            throw new ApiProblem(422, MessageRef.of("reports.invalid", problems.size()), MessageRef.of("reports.invalid.hint"), problems);
        }
        return database.inTransaction(c -> {
            int version;
            try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(MAX(version), 0) FROM report_sources WHERE name = ?")) {
                s.setString(1, name);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    version = r.getInt(1) + 1;
                }
            }
            OffsetDateTime at = Users.now();
            try (PreparedStatement s = c.prepareStatement("INSERT INTO report_sources (name, version, source, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?)")) {
                s.setString(1, name);
                s.setInt(2, version);
                s.setString(3, yaml);
                s.setString(4, actor.login());
                s.setObject(5, at);
                s.executeUpdate();
            }
            Audit.record(c, actor, "report.upload", null, null, null, name, null, "v" + version, null);
            return new Version(name, version, actor.login(), at);
        });
    }

    private static void checkName(String name) {
        if (!name.matches("[a-z0-9][a-z0-9-]{0,99}")) throw ApiProblem.of(400, "reports.badName", name);
    }

    /**
     * What {@code baocao validate} says of a source, errors and warnings, each with its place: checked
     * as the command line checks a file, so that the messages and places are the same.
     */
    public List<Map<String, Object>> check(String name, String yaml, SourceChecker checker) {
        checkName(name);
        SourceChecker.Checked checked = inScratch(name, yaml, file -> checker.checkAndRead(file, approved().store()));
        List<Map<String, Object>> problems = new ArrayList<>();
        for (Problem p : checked.result().problems()) {
            Map<String, Object> place = new LinkedHashMap<>();
            place.put("code", p.code());
            place.put("importance", p.isError() ? "ERROR" : "WARNING");
            if (p.location().line() > 0) place.put("line", p.location().line());
            if (p.location().column() > 0) place.put("column", p.location().column());
            if (!p.location().pointer().isEmpty()) place.put("pointer", p.location().pointer());
            place.put("message", p.message());
            p.hint().ifPresent(h -> place.put("hint", h));
            problems.add(place);
        }
        return problems;
    }

    /** A source not yet saved, written in a format from the approved values: the editor's live preview. */
    public Document draft(String name, String yaml, String format, SourceChecker checker) {
        checkName(name);
        return render(name, yaml, 0, format, checker);
    }

    public List<Version> list() {
        return database.inTransaction(c -> {
            List<Version> all = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT name, version, uploaded_by, uploaded_at FROM report_sources ORDER BY name, version");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) all.add(new Version(r.getString(1), r.getInt(2), r.getString(3), r.getObject(4, OffsetDateTime.class)));
            }
            return all;
        });
    }

    /** The text of a version (the newest when none is named), as it was uploaded. */
    public String source(String name, Optional<Integer> version) {
        return database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(version.isPresent()
                    ? "SELECT source FROM report_sources WHERE name = ? AND version = ?"
                    : "SELECT source FROM report_sources WHERE name = ? ORDER BY version DESC FETCH FIRST 1 ROWS ONLY")) {
                s.setString(1, name);
                if (version.isPresent()) s.setInt(2, version.get());
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) throw ApiProblem.of(404, "reports.unknown", name);
                    return r.getString(1);
                }
            }
        });
    }

    int newest(String name) {
        return list().stream().filter(v -> v.name().equals(name)).mapToInt(Version::version).max()
                .orElseThrow(() -> ApiProblem.of(404, "reports.unknown", name));
    }

    public Document document(String name, Optional<Integer> version, String format, SourceChecker checker) {
        int chosen = version.orElseGet(() -> newest(name));
        return render(name, source(name, Optional.of(chosen)), chosen, format, checker);
    }

    private Document render(String name, String yaml, int version, String format, SourceChecker checker) {
        ReportRenderer renderer = platform.service(ReportRenderer.class);
        if (!renderer.supports(format)) throw ApiProblem.of(400, "reports.unknownFormat", format, String.join(", ", renderer.formatIds()));
        Approved approved = approved();
        return inScratch(name, yaml, file -> {
            SourceChecker.Checked checked = checker.checkAndRead(file, approved.store());
            if (checked.source().isEmpty()) {
                throw version == 0 ? ApiProblem.of(422, "reports.draftInvalid", name) : ApiProblem.of(409, "reports.noLongerValid", name, version);
            }
            AssembledReport report = platform.service(ReportAssembler.class).assemble(checked.source().get(), checked.values(), checked.consolidated());
            try {
                Path out = Files.createTempDirectory(scratch, "document-");
                try {
                    Path written = renderer.render(report, List.of(format), out, name).get(0);
                    return new Document(Files.readAllBytes(written), written.getFileName().toString(), version, approved.values(), approved.submissions());
                } finally {
                    try (var files = Files.walk(out)) {
                        files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ReportRenderer.RenderException e) {
                throw new IllegalStateException("the " + e.format() + " format failed", e);
            }
        });
    }

    /** The approved values of the whole database, in the core's store, and how many of them from how many submissions. */
    record Approved(ValueStore store, long values, long submissions) {}

    Approved approved() {
        List<StoredValue> values = new ArrayList<>();
        long[] submissions = {0};
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT program, unit_code, period FROM submissions WHERE state = 'APPROVED'");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    submissions[0]++;
                    List<String> indicators = platform.registry().programType(r.getString(1)).map(t -> t.indicatorCodes()).orElse(List.of());
                    values.addAll(StoredValue.list(c, indicators, r.getString(2), r.getString(3)));
                }
            }
            return null;
        });
        ImportJob imports = platform.service(ImportJob.class);
        ValueStore store = ValuesAsCsv.store(imports, values, "database", ImportOptions.defaults().allowingTotals());
        return new Approved(store, values.size(), submissions[0]);
    }

    private <T> T inScratch(String name, String yaml, java.util.function.Function<Path, T> work) {
        try {
            Path folder = Files.createDirectories(scratch).resolve("source-" + java.util.UUID.randomUUID());
            Files.createDirectories(folder);
            Path file = folder.resolve(name + ".yaml");
            Files.writeString(file, yaml, StandardCharsets.UTF_8);
            try {
                return work.apply(file);
            } finally {
                Files.deleteIfExists(file);
                Files.deleteIfExists(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
