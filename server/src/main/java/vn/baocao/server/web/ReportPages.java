package vn.baocao.server.web;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.baocao.server.ApiProblem;
import vn.baocao.server.ReportSources;
import vn.baocao.server.Role;
import vn.baocao.server.User;

/**
 * The agency's report sources: listed with their versions, edited as the YAML the command line
 * reads (checked with {@code baocao validate}'s messages and places), previewed in the Decree-30
 * layout from the approved values, saved as a new version, downloaded as DOCX, PDF or the YAML itself.
 */
public final class ReportPages {
    private final PageSupport pages;

    ReportPages(PageSupport pages) {
        this.pages = pages;
    }

    /** A report source and its versions, newest first. */
    public record Source(String name, int newest, String uploadedBy, String uploadedAt, int versions) {}

    /** @param line 0 when the problem has no line */
    public record Problem(boolean error, int line, int column, String pointer, String message, String hint) {}

    public record Editor(String name, int version, List<ReportSources.Version> versions, String source, List<Problem> problems,
                         boolean checked, String saved, boolean writes, List<SourceOutline.Part> outline) {}

    private boolean writes(User user) {
        return pages.services.rights().administrator(user) || user.grants().stream().anyMatch(g -> g.role() == Role.REVIEWER);
    }

    private boolean reads(User user) {
        return writes(user) || user.grants().stream().anyMatch(g -> g.role() == Role.READER);
    }

    void list(Context ctx) {
        Optional<PageSupport.Visit> visit = pages.visit(ctx);
        if (visit.isEmpty()) return;
        if (!reads(visit.get().user())) {
            pages.problem(ctx, visit.get(), ApiProblem.of(403, "reports.notYours"));
            return;
        }
        pages.render(ctx, 200, "reports.jte", Map.of("t", visit.get().t(), "chrome", pages.chrome(visit.get(), "reports"),
                "sources", sources(), "writes", writes(visit.get().user()), "error", "", "typedName", "", "typedSource", ""));
    }

    /** Each source once, with its newest version and how many it has. */
    private List<Source> sources() {
        Map<String, Source> sources = new LinkedHashMap<>();
        SubmissionViews views = new SubmissionViews(pages.services);
        for (ReportSources.Version v : pages.services.reports().list()) {
            Source known = sources.get(v.name());
            if (known == null || v.version() > known.newest()) {
                sources.put(v.name(), new Source(v.name(), v.version(), v.uploadedBy(), views.when(v.uploadedAt()), known == null ? 1 : known.versions() + 1));
            } else {
                sources.put(v.name(), new Source(known.name(), known.newest(), known.uploadedBy(), known.uploadedAt(), known.versions() + 1));
            }
        }
        return new ArrayList<>(sources.values());
    }

    void editor(Context ctx) {
        Optional<PageSupport.Visit> visit = pages.visit(ctx);
        if (visit.isEmpty()) return;
        if (!reads(visit.get().user())) {
            pages.problem(ctx, visit.get(), ApiProblem.of(403, "reports.notYours"));
            return;
        }
        String name = ctx.pathParam("name");
        try {
            Optional<Integer> version = Optional.ofNullable(ctx.queryParam("version")).map(Integer::valueOf);
            List<ReportSources.Version> versions = versions(name);
            if (versions.isEmpty()) throw ApiProblem.of(404, "reports.unknown", name);
            int shown = version.orElse(versions.get(0).version());
            String source = pages.services.reports().source(name, Optional.of(shown));
            show(ctx, visit.get(), 200, new Editor(name, shown, versions, source, List.of(), false,
                    "saved".equals(ctx.queryParam("done")) ? visit.get().t().get("web.reports.saved", shown) : "", writes(visit.get().user()),
                    SourceOutline.of(pages.services.sourceReader(), source, visit.get().t())));
        } catch (NumberFormatException e) {
            pages.problem(ctx, visit.get(), ApiProblem.of(400, "server.badNumber", "version", 1, Integer.MAX_VALUE));
        } catch (ApiProblem e) {
            pages.problem(ctx, visit.get(), e);
        }
    }

    private List<ReportSources.Version> versions(String name) {
        List<ReportSources.Version> all = new ArrayList<>(pages.services.reports().list().stream().filter(v -> v.name().equals(name)).toList());
        all.sort((a, b) -> Integer.compare(b.version(), a.version()));
        return all;
    }

    private void show(Context ctx, PageSupport.Visit visit, int status, Editor editor) {
        pages.render(ctx, status, "report.jte", Map.of("t", visit.t(), "chrome", pages.chrome(visit, "reports"), "e", editor));
    }

    /**
     * Check, or save as a new version: the text from the editor, or a YAML file chosen instead. A
     * source with errors is never saved; the editor comes back with each problem at its line.
     */
    void save(Context ctx) {
        Optional<PageSupport.Visit> visit = pages.posted(ctx);
        if (visit.isEmpty()) return;
        Text t = visit.get().t();
        if (!writes(visit.get().user())) {
            pages.problem(ctx, visit.get(), ApiProblem.of(403, "reports.notYours"));
            return;
        }
        String name = Optional.ofNullable(ctx.pathParamMap().get("name")).orElseGet(() -> Optional.ofNullable(ctx.formParam("name")).orElse("").strip());
        String yaml = source(ctx);
        boolean save = !"check".equals(ctx.formParam("action"));
        try {
            List<Problem> problems = problems(pages.services.reports().check(name, yaml, pages.services.checker().apply(t.messages())));
            boolean errors = problems.stream().anyMatch(Problem::error);
            if (save && !errors) {
                ReportSources.Version v = pages.services.reports().upload(name, yaml, visit.get().actor(), pages.services.checker().apply(t.messages()),
                        t.messages());
                PageSupport.seeOther(ctx, "/reports/" + name + "?done=saved&version=" + v.version());
                return;
            }
            List<ReportSources.Version> versions = versions(name);
            show(ctx, visit.get(), 200, new Editor(name, versions.isEmpty() ? 0 : versions.get(0).version(), versions, yaml,
                    problems, true, "", true, SourceOutline.of(pages.services.sourceReader(), yaml, t)));
        } catch (ApiProblem e) {
            if (e.message().key().equals("reports.badName") && ctx.pathParamMap().get("name") == null) {
                // the new source's form again, its text kept, the problem beside the name
                pages.render(ctx, 200, "reports.jte", Map.of("t", t, "chrome", pages.chrome(visit.get(), "reports"), "sources", sources(),
                        "writes", true, "error", PageSupport.says(t, e), "typedName", name, "typedSource", yaml));
                return;
            }
            pages.problem(ctx, visit.get(), e);
        }
    }

    /** The editor's text, live: written from the approved values in the HTML format; a source with errors shows them instead. */
    void preview(Context ctx) {
        Optional<PageSupport.Visit> visit = pages.posted(ctx);
        if (visit.isEmpty()) return;
        Text t = visit.get().t();
        if (!reads(visit.get().user())) {
            pages.problem(ctx, visit.get(), ApiProblem.of(403, "reports.notYours"));
            return;
        }
        String name = ctx.pathParam("name");
        String yaml = source(ctx);
        try {
            List<Problem> problems = problems(pages.services.reports().check(name, yaml, pages.services.checker().apply(t.messages())));
            if (problems.stream().anyMatch(Problem::error)) {
                pages.render(ctx, 200, "preview-problems.jte", Map.of("t", t, "problems", problems));
                return;
            }
            ReportSources.Document document = pages.services.reports().draft(name, yaml, "html", pages.services.checker().apply(t.messages()));
            ctx.status(200).contentType("text/html; charset=utf-8").result(document.content());
            ctx.attribute(vn.baocao.server.BaocaoServer.ANSWERED, true);
            // the document's own style sheet is inline; it runs no script
            ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'");
        } catch (ApiProblem e) {
            pages.problem(ctx, visit.get(), e);
        }
    }

    private static String source(Context ctx) {
        String text;
        UploadedFile file = ctx.isMultipartFormData() ? ctx.uploadedFile("file") : null;
        if (file != null && file.size() > 0) {
            try (InputStream in = file.content()) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            text = Optional.ofNullable(ctx.formParam("source")).orElse("");
        }
        // a browser sends a textarea's lines with CR LF: the command line reads the same lines either way
        return Normalizer.normalize(text.replace("\r\n", "\n"), Normalizer.Form.NFC);
    }

    private static List<Problem> problems(List<Map<String, Object>> found) {
        return found.stream().map(p -> new Problem("ERROR".equals(p.get("importance")), (Integer) p.getOrDefault("line", 0),
                (Integer) p.getOrDefault("column", 0), (String) p.getOrDefault("pointer", ""), (String) p.get("message"),
                (String) p.getOrDefault("hint", ""))).toList();
    }
}
