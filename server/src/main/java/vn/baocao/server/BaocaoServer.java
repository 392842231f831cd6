package vn.baocao.server;

import io.javalin.Javalin;
import tools.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import vn.baocao.api.indicator.Indicator;
import vn.baocao.api.program.ProgramType;
import vn.baocao.api.service.UnitDirectory;
import vn.baocao.api.unit.AdministrativeUnit;
import vn.baocao.core.Platform;
import vn.baocao.core.data.ImportJob;
import vn.baocao.core.i18n.MessageRef;
import vn.baocao.core.i18n.Messages;
import vn.baocao.server.web.WebPages;

/**
 * The reporting server: the platform, its database and the HTTP API, started and stopped as one.
 * Every route is declared in {@link #routes}; {@code /api/openapi.json} documents the same routes
 * and a test holds the two together.
 */
public final class BaocaoServer implements AutoCloseable {
    public static final String BUNDLE = "vn.baocao.server.messages";
    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String SUBMISSION = "/api/submissions/{program}/{unit}/{period}";

    private final Platform platform;
    private final Database database;
    private final Users users;
    private final Sessions sessions;
    private final Logins logins;
    private final Rights rights;
    private final ValueBatches batches;
    private final Workflow workflow;
    private final AuditLog audit;
    private final Rollups rollups;
    private final Dhis2DataValueSets dhis2;
    private final ReportSources reports;
    private final Deadlines deadlines;
    private final ExceptionGrants grants;
    private final WebPages pages;
    private final ClientAddress addresses;
    /** The messages of each language, read from their bundles once. */
    private final java.util.Map<Locale, Messages> messagesByLanguage = new java.util.concurrent.ConcurrentHashMap<>();
    private final UnitDirectory units;
    private final Consumer<String> operatorLog;
    private final boolean debug;
    private Javalin web;
    /** What may be asked without logging in: the routes marked open (none of them has a path parameter). */
    private java.util.Set<String> open = java.util.Set.of();

    public BaocaoServer(Platform platform, Database database, ServerSettings settings, Consumer<String> operatorLog, boolean debug) {
        this(platform, database, settings, operatorLog, debug, java.time.Clock.systemUTC());
    }

    /** @param clock what says which day it is, for the deadlines of entry */
    public BaocaoServer(Platform platform, Database database, ServerSettings settings, Consumer<String> operatorLog, boolean debug,
                        java.time.Clock clock) {
        this.platform = platform;
        this.database = database;
        this.units = platform.service(UnitDirectory.class);
        this.users = new Users(database, units::isKnown);
        this.sessions = new Sessions(database);
        this.logins = new Logins(users, sessions, new LoginThrottle(database));
        this.rights = new Rights(units);
        ImportJob imports = platform.service(ImportJob.class);
        this.deadlines = new Deadlines(database, settings.deadlines(), clock);
        this.workflow = new Workflow(database, rights, imports, platform.registry(), deadlines, units);
        this.batches = new ValueBatches(database, imports, rights, settings.dataFolder().resolve("uploads"), workflow);
        this.audit = new AuditLog(database);
        this.rollups = new Rollups(database, imports, units, platform.registry());
        this.dhis2 = new Dhis2DataValueSets(platform.registry());
        this.reports = new ReportSources(database, platform, settings.dataFolder().resolve("reports"));
        this.operatorLog = operatorLog;
        this.debug = debug;
        this.addresses = new ClientAddress(settings.proxies());
        this.grants = new ExceptionGrants(platform.registry(), units, rights, deadlines);
        this.pages = new WebPages(new vn.baocao.server.web.Services(platform.registry(), logins, sessions, users, rights, workflow, batches,
                deadlines, rollups, reports, audit, units, addresses, this::messagesIn, m -> platform.sourceChecker().in(m), grants,
                platform.service(vn.baocao.core.read.SourceReader.class)));
    }

    /** The routes: method, path, and whether a caller must be logged in. */
    record Route(HandlerType method, String path, boolean open, io.javalin.http.Handler handler) {}

    List<Route> routes() {
        return List.of(
                new Route(HandlerType.GET, "/api/health", true, ctx -> json(ctx, 200, Map.of("status", "ok"))),
                new Route(HandlerType.GET, "/api/ready", true, ctx -> json(ctx, database.answers() ? 200 : 503,
                        Map.of("status", database.answers() ? "ready" : "database unavailable"))),
                new Route(HandlerType.GET, "/api/openapi.json", true, this::openApi),
                new Route(HandlerType.POST, "/api/session", true, this::login),
                new Route(HandlerType.DELETE, "/api/session", false, this::logout),
                new Route(HandlerType.GET, "/api/me", false, ctx -> json(ctx, 200, me(caller(ctx)))),
                new Route(HandlerType.POST, "/api/tokens", false, this::newToken),
                new Route(HandlerType.GET, "/api/units", false, this::units),
                new Route(HandlerType.GET, "/api/programs", false, this::programs),
                new Route(HandlerType.GET, "/api/indicators", false, this::indicators),
                new Route(HandlerType.POST, "/api/values", false, this::postValues),
                new Route(HandlerType.GET, "/api/values", false, this::getValues),
                new Route(HandlerType.POST, "/api/dataValueSets", false, this::dataValueSets),
                new Route(HandlerType.PUT, "/api/values/{indicator}/{unit}/{period}", false, this::putValue),
                new Route(HandlerType.GET, SUBMISSION, false, ctx -> submission(ctx, workflow.get(caller(ctx).user(), ctx.pathParam("program"),
                        ctx.pathParam("unit"), ctx.pathParam("period")))),
                new Route(HandlerType.POST, SUBMISSION + "/submit", false, this::submit),
                new Route(HandlerType.POST, SUBMISSION + "/approve", false, this::approve),
                new Route(HandlerType.POST, SUBMISSION + "/return", false, this::giveBack),
                new Route(HandlerType.GET, SUBMISSION + "/comments", false, this::comments),
                new Route(HandlerType.POST, SUBMISSION + "/comments", false, this::addComment),
                new Route(HandlerType.GET, "/api/deadline-exceptions", false, this::deadlineExceptions),
                new Route(HandlerType.POST, "/api/deadline-exceptions", false, this::grantException),
                new Route(HandlerType.GET, "/api/rollup", false, this::rollup),
                new Route(HandlerType.GET, "/api/audit", false, this::audit),
                new Route(HandlerType.GET, "/api/reports", false, this::listReports),
                new Route(HandlerType.PUT, "/api/reports/{name}", false, this::uploadReport),
                new Route(HandlerType.GET, "/api/reports/{name}/source", false, this::reportSource),
                new Route(HandlerType.GET, "/api/reports/{name}/document", false, this::reportDocument));
    }

    public BaocaoServer start(String host, int port) {
        List<Route> routes = routes();
        open = routes.stream().filter(Route::open).map(r -> r.method() + " " + r.path()).collect(java.util.stream.Collectors.toUnmodifiableSet());
        web = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = ValueBatches.MAX_BYTES;
            config.jetty.host = host;
            config.jetty.port = port;
            config.routes.before("/api/*", this::authenticate);
            config.routes.after(ctx -> {
                ctx.header("X-Content-Type-Options", "nosniff");
                // what a person sees is not kept by the browser or a proxy; the style sheet says its own
                if (ctx.res().getHeader("Cache-Control") == null) ctx.header("Cache-Control", "no-store");
            });
            for (Route route : routes) config.routes.addHttpHandler(route.method(), route.path(), route.handler());
            for (WebPages.Page page : pages.pages()) config.routes.addHttpHandler(page.method(), page.path(), page.handler());
            config.routes.exception(ApiProblem.class, (e, ctx) -> problem(ctx, e));
            config.routes.exception(ValueBatches.Stale.class, (e, ctx) -> {
                problem(ctx, e.problem);
                // the value as it is now, for the editor to show beside their own
                if (e.current != null) {
                    Map<String, Object> body = new LinkedHashMap<>(Json.MAPPER.readValue(ctx.result(), Map.class));
                    body.put("current", valueJson(e.current));
                    ctx.header("ETag", etag(e.current.version()));
                    json(ctx, e.problem.status, body);
                }
            });
            config.routes.exception(Database.DatabaseException.class, (e, ctx) -> fault(ctx, e, 503, "server.databaseUnavailable"));
            config.routes.exception(Exception.class, (e, ctx) -> fault(ctx, e, 500, "server.internal"));
            config.routes.error(413, ctx -> problem(ctx, ApiProblem.of(413, "server.tooLarge", ValueBatches.MAX_BYTES >> 20)));
            config.routes.error(404, ctx -> {
                // a 404 a route gave (an unknown report, say) is answered already; Javalin's own for no route is replaced
                if (Boolean.TRUE.equals(ctx.attribute(ANSWERED))) return;
                if (ctx.path().startsWith("/api/")) problem(ctx, ApiProblem.of(404, "server.noRoute", ctx.method() + " " + ctx.path()));
                else pages.notFound(ctx);
            });
        }).start();
        return this;
    }

    public int port() {
        return web.port();
    }

    @Override
    public void close() {
        if (web != null) web.stop();
    }

    // ----- who is calling

    private void authenticate(Context ctx) {
        Locale asked = language(ctx, Optional.empty());
        ctx.attribute("locale", asked);
        if (open.contains(ctx.method() + " " + ctx.path())) return;
        String address = addresses.of(ctx);
        String authorization = ctx.header("Authorization");
        if (authorization != null && authorization.startsWith("Bearer ")) {
            User user = sessions.tokenUser(authorization.substring(7).strip())
                    .orElseThrow(() -> ApiProblem.of(401, "auth.badToken"));
            ctx.attribute("caller", new Caller(user, Optional.empty(), address, language(ctx, Optional.of(user))));
            return;
        }
        Sessions.Found found = sessions.session(SessionCookie.of(ctx)).orElseThrow(() -> ApiProblem.of(401, "auth.required"));
        if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD
                && !Secrets.same(found.csrfToken(), ctx.header(CSRF_HEADER))) {
            // a page of another site can make the browser send the cookie, never this header
            throw ApiProblem.of(403, "auth.csrf");
        }
        ctx.attribute("caller", new Caller(found.user(), Optional.of(found.csrfToken()), address, language(ctx, Optional.of(found.user()))));
    }

    private static Caller caller(Context ctx) {
        Caller caller = ctx.attribute("caller");
        if (caller == null) throw ApiProblem.of(401, "auth.required");
        return caller;
    }

    /** {@code ?lang=} first, then the user's own choice, then the browser's, then Vietnamese. */
    private static Locale language(Context ctx, Optional<User> user) {
        String asked = ctx.queryParam("lang");
        if (asked == null && user.isPresent()) asked = user.get().language();
        if (asked == null) {
            String accept = ctx.header("Accept-Language");
            asked = accept != null && accept.strip().toLowerCase(Locale.ROOT).startsWith("en") ? "en" : "vi";
        }
        return asked.equalsIgnoreCase("en") ? Locale.ENGLISH : Locale.forLanguageTag("vi");
    }

    private Messages messages(Context ctx) {
        Caller caller = ctx.attribute("caller");
        Locale locale = caller != null ? caller.locale() : Optional.ofNullable(ctx.<Locale>attribute("locale")).orElse(Locale.forLanguageTag("vi"));
        return messagesIn(locale);
    }

    private Messages messagesIn(Locale locale) {
        return messagesByLanguage.computeIfAbsent(locale, l -> platform.messagesIn(l).with(BaocaoServer.class.getModule(), BUNDLE));
    }

    // ----- sessions and tokens

    record Login(String login, String password) {}

    private void login(Context ctx) {
        Login given = body(ctx, Login.class);
        if (given.login() == null || given.password() == null) throw ApiProblem.of(400, "auth.loginFields");
        String address = addresses.of(ctx);
        Logins.LoggedIn in;
        try {
            in = logins.logIn(given.login(), given.password(), address);
        } catch (ApiProblem e) {
            if (e.status == 429) ctx.header("Retry-After", Long.toString(LoginThrottle.WINDOW.toSeconds()));
            throw e;
        }
        Optional<User> user = Optional.of(in.user());
        Sessions.Opened opened = in.session();
        SessionCookie.set(ctx, opened);
        Map<String, Object> answer = me(new Caller(user.get(), Optional.of(opened.csrfToken()), address, language(ctx, user)));
        answer.put("csrfToken", opened.csrfToken());
        json(ctx, 200, answer);
    }

    private void logout(Context ctx) {
        sessions.close(SessionCookie.of(ctx));
        SessionCookie.clear(ctx);
        ctx.status(204);
    }

    private static Map<String, Object> me(Caller caller) {
        Map<String, Object> me = new LinkedHashMap<>();
        me.put("login", caller.user().login());
        me.put("name", caller.user().fullName());
        me.put("language", caller.user().language());
        me.put("roles", caller.user().grants().stream().map(Grant::toString).toList());
        return me;
    }

    record TokenRequest(String name) {}

    private void newToken(Context ctx) {
        Caller caller = caller(ctx);
        TokenRequest request = body(ctx, TokenRequest.class);
        String name = request.name() == null || request.name().isBlank() ? "api" : request.name().strip();
        json(ctx, 201, Map.of("name", name, "token", sessions.newToken(caller.user(), name, caller.actor())));
    }

    // ----- the catalogue

    private void units(Context ctx) {
        caller(ctx);
        LocalDate on = date(ctx.queryParam("on"));
        String under = ctx.queryParam("under");
        List<AdministrativeUnit> found = under == null
                ? units.units().stream().filter(u -> u.parentCode().isEmpty() && u.existsOn(on)).toList()
                : units.children(under, on);
        if (under != null && units.unit(under, on).isEmpty()) throw ApiProblem.of(404, "units.unknown", under, on);
        List<Map<String, Object>> list = new ArrayList<>();
        for (AdministrativeUnit u : found) {
            Map<String, Object> unit = new LinkedHashMap<>();
            unit.put("code", u.code());
            unit.put("name", u.name());
            unit.put("level", u.level().name());
            u.parentCode().ifPresent(p -> unit.put("parent", p));
            list.add(unit);
        }
        json(ctx, 200, Map.of("on", on.toString(), "units", list));
    }

    private void programs(Context ctx) {
        Locale locale = caller(ctx).locale();
        List<Map<String, Object>> list = new ArrayList<>();
        for (ProgramType type : platform.registry().programTypes()) {
            list.add(Map.of("id", type.id(), "name", type.name().in(locale), "indicators", type.indicatorCodes()));
        }
        json(ctx, 200, Map.of("programs", list));
    }

    private void indicators(Context ctx) {
        Locale locale = caller(ctx).locale();
        String program = ctx.queryParam("program");
        if (program != null && platform.registry().programType(program).isEmpty()) throw ApiProblem.of(404, "values.unknownProgram", program);
        List<Indicator> all = program == null ? platform.registry().indicators() : platform.registry().indicatorsOf(program);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Indicator indicator : all) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("code", indicator.code());
            item.put("name", indicator.name().in(locale));
            item.put("unitOfMeasure", indicator.unitOfMeasure().in(locale));
            item.put("valueType", indicator.valueType().name());
            item.put("disaggregations", indicator.disaggregations().stream().map(d -> Map.of("code", d.code(), "name", d.name().in(locale),
                    "categories", d.categories().stream().map(c -> Map.of("code", c.code(), "name", c.name().in(locale))).toList())).toList());
            list.add(item);
        }
        json(ctx, 200, Map.of("indicators", list));
    }

    // ----- values

    private void postValues(Context ctx) {
        Caller caller = caller(ctx);
        byte[] body;
        String name;
        if (ctx.isMultipartFormData()) {
            io.javalin.http.UploadedFile file = ctx.uploadedFile("file");
            if (file == null) throw ApiProblem.of(400, "values.noFile");
            name = file.filename();
            try (InputStream in = file.content()) {
                body = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            String type = Optional.ofNullable(ctx.contentType()).orElse("").toLowerCase(Locale.ROOT);
            name = type.startsWith("text/csv") ? "values.csv" : type.contains("yaml") ? "values.yaml" : "values.json";
            body = ctx.bodyAsBytes();
        }
        boolean dryRun = "true".equalsIgnoreCase(ctx.queryParam("dryRun"));
        Idempotency.Answer answer = batches.store(caller.user(), caller.actor(), body, name, dryRun,
                Optional.ofNullable(ctx.queryParam("program")), Optional.ofNullable(ctx.header("Idempotency-Key")), messages(ctx));
        ctx.status(answer.status()).contentType("application/json").result(answer.body());
    }

    private void dataValueSets(Context ctx) {
        Caller caller = caller(ctx);
        String scheme = Optional.ofNullable(ctx.queryParam("idScheme")).orElse("code");
        if (!scheme.equalsIgnoreCase("code")) throw ApiProblem.of(400, "dhis2.codesOnly", scheme);
        JsonNode set;
        try {
            set = Json.MAPPER.readTree(ctx.bodyAsBytes());
        } catch (RuntimeException e) {
            throw ApiProblem.of(400, "server.badJson");
        }
        String values = dhis2.asValues(set);
        boolean dryRun = "true".equalsIgnoreCase(ctx.queryParam("dryRun"));
        Messages messages = messages(ctx);
        try {
            Idempotency.Answer answer = batches.store(caller.user(), caller.actor(), values.getBytes(StandardCharsets.UTF_8), "dataValueSets.json",
                    dryRun, Optional.empty(), Optional.ofNullable(ctx.header("Idempotency-Key")), messages);
            json(ctx, 200, Dhis2DataValueSets.imported(Json.MAPPER.readValue(answer.body(), ValueBatches.Outcome.class)));
        } catch (ApiProblem e) {
            json(ctx, e.status == 422 || e.status == 403 || e.status == 409 ? 409 : e.status,
                    Dhis2DataValueSets.refused(e, e.message.render(messages), set.path("dataValues").size()));
        }
    }

    private void getValues(Context ctx) {
        Caller caller = caller(ctx);
        int limit = number(ctx.queryParam("limit"), 1000, 1, 10_000, "limit");
        int offset = number(ctx.queryParam("offset"), 0, 0, Integer.MAX_VALUE, "offset");
        LocalDate today = deadlines.today();
        List<Map<String, Object>> list = new ArrayList<>();
        for (StoredValue v : batches.list(Optional.ofNullable(ctx.queryParam("indicator")), Optional.ofNullable(ctx.queryParam("unit")),
                Optional.ofNullable(ctx.queryParam("period")), offset, limit)) {
            if (!rights.mayRead(caller.user(), v.unit(), today)) continue;
            list.add(valueJson(v));
        }
        json(ctx, 200, Map.of("offset", offset, "limit", limit, "values", list));
    }

    private static Map<String, Object> valueJson(StoredValue v) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("indicator", v.indicator());
        item.put("unit", v.unit());
        item.put("period", v.period());
        item.put("categories", v.categories());
        // as text: a JSON number may be read as a binary float by the caller
        item.put("value", v.value().toPlainString());
        v.comment().ifPresent(c -> item.put("comment", c));
        item.put("version", v.version());
        item.put("updatedBy", v.updatedBy());
        item.put("updatedAt", v.updatedAt().toString());
        return item;
    }

    record ValueEdit(String value, Map<String, String> categories, String comment) {}

    private void putValue(Context ctx) {
        Caller caller = caller(ctx);
        ValueEdit edit = body(ctx, ValueEdit.class);
        if (edit.value() == null || edit.value().isBlank()) {
            // an emptied cell: the value is taken away
            Optional<StoredValue> removed = batches.clear(caller.user(), caller.actor(), ctx.pathParam("indicator"), ctx.pathParam("unit"),
                    ctx.pathParam("period"), edit.categories() == null ? Map.of() : edit.categories(), ifMatch(ctx), messages(ctx));
            ctx.header("ETag", etag(0));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("indicator", ctx.pathParam("indicator"));
            body.put("unit", ctx.pathParam("unit"));
            body.put("period", ctx.pathParam("period"));
            body.put("categories", edit.categories() == null ? Map.of() : edit.categories());
            body.put("value", null);
            body.put("version", 0);
            body.put("cleared", removed.isPresent());
            json(ctx, 200, body);
            return;
        }
        StoredValue stored = batches.edit(caller.user(), caller.actor(), ctx.pathParam("indicator"), ctx.pathParam("unit"),
                ctx.pathParam("period"), edit.categories() == null ? Map.of() : edit.categories(), edit.value(),
                Optional.ofNullable(edit.comment()), ifMatch(ctx), messages(ctx));
        ctx.header("ETag", etag(stored.version()));
        json(ctx, 200, valueJson(stored));
    }

    // ----- review

    record Note(String note, String reason, String body) {}

    private void submit(Context ctx) {
        Caller caller = caller(ctx);
        Note note = optionalBody(ctx);
        submission(ctx, workflow.submit(caller.user(), caller.actor(), ctx.pathParam("program"), ctx.pathParam("unit"), ctx.pathParam("period"),
                ifMatch(ctx), Optional.ofNullable(note.note()), messages(ctx)));
    }

    private void approve(Context ctx) {
        Caller caller = caller(ctx);
        submission(ctx, workflow.approve(caller.user(), caller.actor(), ctx.pathParam("program"), ctx.pathParam("unit"), ctx.pathParam("period"),
                ifMatch(ctx), messages(ctx)));
    }

    private void giveBack(Context ctx) {
        Caller caller = caller(ctx);
        Note note = optionalBody(ctx);
        submission(ctx, workflow.giveBack(caller.user(), caller.actor(), ctx.pathParam("program"), ctx.pathParam("unit"), ctx.pathParam("period"),
                ifMatch(ctx), note.reason(), messages(ctx)));
    }

    private void comments(Context ctx) {
        Caller caller = caller(ctx);
        json(ctx, 200, Map.of("comments", workflow.comments(caller.user(), ctx.pathParam("program"), ctx.pathParam("unit"), ctx.pathParam("period"))
                .stream().map(BaocaoServer::commentJson).toList()));
    }

    private void addComment(Context ctx) {
        Caller caller = caller(ctx);
        Note note = optionalBody(ctx);
        json(ctx, 201, commentJson(workflow.comment(caller.user(), caller.actor(), ctx.pathParam("program"), ctx.pathParam("unit"),
                ctx.pathParam("period"), note.body())));
    }

    private static Map<String, Object> commentJson(Workflow.Comment c) {
        return Map.of("id", c.id(), "author", c.author(), "at", c.at().toString(), "body", c.body());
    }

    private void submission(Context ctx, Workflow.Submission s) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("program", s.program());
        body.put("unit", s.unit());
        body.put("period", s.period());
        body.put("state", s.state().name());
        body.put("stateName", messages(ctx).get("state." + s.state()));
        body.put("version", s.version());
        s.reason().ifPresent(r -> body.put("reason", r));
        s.updatedBy().ifPresent(u -> body.put("updatedBy", u));
        s.updatedAt().ifPresent(t -> body.put("updatedAt", t.toString()));
        // when entry closes, so that a form can say so before the submitter types
        Deadlines.Entry entry = deadlines.entry(s.program(), s.unit(), Workflow.period(s.period()));
        entry.lastDay().ifPresent(d -> body.put("deadline", d.toString()));
        entry.exception().ifPresent(g -> body.put("exceptionUntil", g.until().toString()));
        body.put("entryOpen", entry.open());
        ctx.header("ETag", etag(s.version()));
        json(ctx, 200, body);
    }

    private Note optionalBody(Context ctx) {
        return ctx.bodyAsBytes().length == 0 ? new Note(null, null, null) : body(ctx, Note.class);
    }

    /** {@code If-Match: "3"}: the version the caller saw; absent, the step applies to the state as it is. */
    private static Optional<Long> ifMatch(Context ctx) {
        String header = ctx.header("If-Match");
        if (header == null || header.isBlank()) return Optional.empty();
        try {
            return Optional.of(Long.parseLong(header.strip().replace("W/", "").replace("\"", "")));
        } catch (NumberFormatException e) {
            throw ApiProblem.of(400, "server.badIfMatch", header);
        }
    }

    private static String etag(long version) {
        return "\"" + version + "\"";
    }

    // ----- deadlines

    record ExceptionRequest(String program, String unit, String period, String until, String reason) {}

    private void grantException(Context ctx) {
        Caller caller = caller(ctx);
        ExceptionRequest request = body(ctx, ExceptionRequest.class);
        json(ctx, 201, grantJson(grants.grant(caller.user(), caller.actor(), request.program(), request.unit(), request.period(),
                request.until(), request.reason())));
    }

    private void deadlineExceptions(Context ctx) {
        Caller caller = caller(ctx);
        LocalDate today = deadlines.today();
        List<Map<String, Object>> list = new ArrayList<>();
        for (Deadlines.Grant g : deadlines.list(Optional.ofNullable(ctx.queryParam("program")), Optional.ofNullable(ctx.queryParam("unit")),
                Optional.ofNullable(ctx.queryParam("period")))) {
            if (rights.mayRead(caller.user(), g.unit(), today)) list.add(grantJson(g));
        }
        json(ctx, 200, Map.of("exceptions", list));
    }

    private static Map<String, Object> grantJson(Deadlines.Grant g) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("program", g.program());
        item.put("unit", g.unit());
        item.put("period", g.period());
        item.put("until", g.until().toString());
        item.put("reason", g.reason());
        item.put("grantedBy", g.grantedBy());
        item.put("grantedAt", g.grantedAt().toString());
        return item;
    }

    // ----- figures and the audit

    private void rollup(Context ctx) {
        Caller caller = caller(ctx);
        String indicator = Optional.ofNullable(ctx.queryParam("indicator")).orElseThrow(() -> ApiProblem.of(400, "rollup.indicatorRequired"));
        String periodCode = Optional.ofNullable(ctx.queryParam("period")).orElseThrow(() -> ApiProblem.of(400, "rollup.periodRequired"));
        vn.baocao.api.period.Period period;
        try {
            period = vn.baocao.api.period.Period.parse(periodCode);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.of(400, "rollup.badPeriod", periodCode);
        }
        boolean all = "all".equalsIgnoreCase(ctx.queryParam("values"));
        vn.baocao.core.data.Rollup.Result result = rollups.of(indicator, period, !all);
        LocalDate day = period.end();
        Map<String, String> provinces = new java.util.TreeMap<>(Rollups.plain(result.byProvince()));
        provinces.keySet().removeIf(unit -> !rights.mayRead(caller.user(), unit, day));
        Map<String, String> communes = new java.util.TreeMap<>(Rollups.plain(result.byCommune()));
        communes.keySet().removeIf(unit -> !rights.mayRead(caller.user(), unit, day));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("indicator", indicator);
        body.put("period", period.code());
        body.put("values", all ? "all" : "approved");
        body.put("byProvince", provinces);
        body.put("byCommune", communes);
        body.put("notes", Rollups.notes(result, messages(ctx)));
        json(ctx, 200, body);
    }

    private void audit(Context ctx) {
        Caller caller = caller(ctx);
        int limit = number(ctx.queryParam("limit"), 100, 1, 1000, "limit");
        int offset = number(ctx.queryParam("offset"), 0, 0, Integer.MAX_VALUE, "offset");
        AuditLog.Filter filter = new AuditLog.Filter(Optional.ofNullable(ctx.queryParam("unit")), Optional.ofNullable(ctx.queryParam("program")),
                Optional.ofNullable(ctx.queryParam("period")), Optional.ofNullable(ctx.queryParam("user")),
                Optional.ofNullable(ctx.queryParam("from")).map(BaocaoServer::instant), Optional.ofNullable(ctx.queryParam("to")).map(BaocaoServer::instant));
        boolean administrator = rights.administrator(caller.user());
        LocalDate today = deadlines.today();
        List<Map<String, Object>> entries = new ArrayList<>();
        for (AuditLog.Entry e : audit.query(filter, offset, limit)) {
            // a person sees what happened in the units they may read; the administrator sees everything
            if (!administrator && (e.unit().isEmpty() || !rights.mayRead(caller.user(), e.unit().get(), today))) continue;
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", e.id());
            item.put("at", e.at().toString());
            item.put("user", e.user());
            item.put("address", e.address());
            item.put("action", e.action());
            e.program().ifPresent(v -> item.put("program", v));
            e.unit().ifPresent(v -> item.put("unit", v));
            e.period().ifPresent(v -> item.put("period", v));
            e.subject().ifPresent(v -> item.put("subject", v));
            e.oldValue().ifPresent(v -> item.put("old", v));
            e.newValue().ifPresent(v -> item.put("new", v));
            e.reason().ifPresent(v -> item.put("reason", v));
            entries.add(item);
        }
        json(ctx, 200, Map.of("offset", offset, "limit", limit, "entries", entries));
    }

    // ----- reports

    /** Writing the agency's reports is the reviewers' and the administrators' work; readers may download them. */
    private boolean writesReports(User user) {
        return rights.administrator(user) || user.grants().stream().anyMatch(g -> g.role() == Role.REVIEWER);
    }

    private boolean readsReports(User user) {
        return writesReports(user) || user.grants().stream().anyMatch(g -> g.role() == Role.READER);
    }

    private void listReports(Context ctx) {
        Caller caller = caller(ctx);
        if (!readsReports(caller.user())) throw ApiProblem.of(403, "reports.notYours");
        json(ctx, 200, Map.of("reports", reports.list().stream().map(v -> Map.of("name", v.name(), "version", v.version(),
                "uploadedBy", v.uploadedBy(), "uploadedAt", v.uploadedAt().toString())).toList()));
    }

    private void uploadReport(Context ctx) {
        Caller caller = caller(ctx);
        if (!writesReports(caller.user())) throw ApiProblem.of(403, "reports.notYours");
        String yaml = java.text.Normalizer.normalize(new String(ctx.bodyAsBytes(), StandardCharsets.UTF_8), java.text.Normalizer.Form.NFC);
        ReportSources.Version version = reports.upload(ctx.pathParam("name"), yaml, caller.actor(), platform.sourceChecker().in(messages(ctx)), messages(ctx));
        ctx.header("ETag", etag(version.version()));
        json(ctx, 201, Map.of("name", version.name(), "version", version.version()));
    }

    private void reportSource(Context ctx) {
        Caller caller = caller(ctx);
        if (!readsReports(caller.user())) throw ApiProblem.of(403, "reports.notYours");
        ctx.contentType("application/yaml; charset=utf-8").result(reports.source(ctx.pathParam("name"), version(ctx)));
    }

    private void reportDocument(Context ctx) {
        Caller caller = caller(ctx);
        if (!readsReports(caller.user())) throw ApiProblem.of(403, "reports.notYours");
        String format = Optional.ofNullable(ctx.queryParam("format")).orElse("docx").toLowerCase(Locale.ROOT);
        ReportSources.Document document = reports.document(ctx.pathParam("name"), version(ctx), format, platform.sourceChecker().in(messages(ctx)));
        // what the document was written from, said with it
        ctx.header("X-Baocao-Source-Version", Integer.toString(document.version()));
        ctx.header("X-Baocao-Approved-Values", Long.toString(document.values()));
        ctx.header("X-Baocao-Approved-Submissions", Long.toString(document.submissions()));
        ctx.header("Content-Disposition", "attachment; filename=\"" + document.fileName() + "\"");
        ctx.contentType(switch (format) {
            case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case "pdf" -> "application/pdf";
            case "html" -> "text/html; charset=utf-8";
            case "json" -> "application/json";
            default -> "text/markdown; charset=utf-8";
        }).result(document.content());
    }

    private static Optional<Integer> version(Context ctx) {
        String text = ctx.queryParam("version");
        return text == null ? Optional.empty() : Optional.of(number(text, 1, 1, Integer.MAX_VALUE, "version"));
    }

    private static java.time.OffsetDateTime instant(String text) {
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay().atOffset(java.time.ZoneOffset.ofHours(7))
                    : java.time.OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiProblem.of(400, "server.badDate", text);
        }
    }

    // ----- the document of the API

    private void openApi(Context ctx) {
        try (InputStream in = BaocaoServer.class.getResourceAsStream("openapi.json")) {
            ctx.contentType("application/json").result(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ----- answers

    private static void json(Context ctx, int status, Object body) {
        ctx.status(status).contentType("application/json").result(Json.write(body));
    }

    private static <T> T body(Context ctx, Class<T> type) {
        try {
            return Json.MAPPER.readValue(ctx.bodyAsBytes(), type);
        } catch (RuntimeException e) {
            throw ApiProblem.of(400, "server.badJson");
        }
    }

    private LocalDate date(String text) {
        if (text == null) return deadlines.today();
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiProblem.of(400, "server.badDate", text);
        }
    }

    private static int number(String text, int otherwise, int min, int max, String name) {
        if (text == null) return otherwise;
        try {
            int n = Integer.parseInt(text);
            if (n < min || n > max) throw ApiProblem.of(400, "server.badNumber", name, min, max);
            return n;
        } catch (NumberFormatException e) {
            throw ApiProblem.of(400, "server.badNumber", name, min, max);
        }
    }

    /** Set on a request a route answered itself, so that the handler of a status code leaves it alone. */
    public static final String ANSWERED = "baocao.answered";

    private void problem(Context ctx, ApiProblem e) {
        ctx.attribute(ANSWERED, true);
        Messages messages = messages(ctx);
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", e.message.key());
        error.put("message", e.message.render(messages));
        // the pages' own script asks for hints a person reads, not ones naming requests
        boolean page = "page".equals(ctx.header("X-Baocao-Hints"));
        Optional<String> hint = page ? messages.find("web.hint." + e.message.key(), e.hint.arguments().toArray()) : Optional.empty();
        hint.or(() -> messages.find(e.hint.key(), e.hint.arguments().toArray())).ifPresent(h -> error.put("hint", h));
        if (!e.details.isEmpty()) error.put("conflicts", e.details);
        json(ctx, e.status, Map.of("error", error));
    }

    /** A fault of the server: the caller gets an incident number, the operator the cause. */
    private void fault(Context ctx, Exception e, int status, String key) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        Messages messages = messages(ctx);
        // the operator's log in the installation's language, whatever the caller's
        operatorLog.accept(messagesIn(platform.messages().locale()).get("server.log.fault", incident, ctx.method() + " " + ctx.path()));
        if (debug) {
            java.io.StringWriter trace = new java.io.StringWriter();
            e.printStackTrace(new java.io.PrintWriter(trace));
            operatorLog.accept(trace.toString());
        }
        problem(ctx, new ApiProblem(status, MessageRef.of(key, incident), MessageRef.of(key + ".hint")));
    }

    public Users users() {
        return users;
    }

    public Sessions sessions() {
        return sessions;
    }
}
