/**
 * {@code baocao serve}: the reporting server. Units submit their values, reviewers approve or return
 * them, figures roll up when read; people, rights, sessions, idempotency keys and the audit live in
 * one database (embedded H2 by default, PostgreSQL in production), so that several nodes can serve
 * the same users. Values come in through the core's import, as on the command line.
 */
module vn.baocao.server {
    requires vn.baocao.core;
    // the entry page's Excel form
    requires vn.baocao.excel;
    requires io.javalin;
    // Database.Work hands out a Connection
    requires transitive java.sql;
    requires com.zaxxer.hikari;
    requires flyway.core;
    requires org.bouncycastle.provider;
    requires tools.jackson.databind;
    // the web server logs through SLF4J: its provider for java.util.logging, where LibraryLogging rules
    requires org.slf4j.jul;
    // the pages: templates compiled into vn.baocao.server.web.pages, whose render methods jte calls
    requires gg.jte.runtime;
    // the generated classes are marked @Generated (a source-only annotation)
    requires static java.compiler;

    exports vn.baocao.server;

    // Flyway finds the migrations as resources of this module
    opens db.migration;
    // the platform reads the messages; the API's JSON is written from records of this package
    opens vn.baocao.server to vn.baocao.core, tools.jackson.databind;
    opens vn.baocao.server.web.pages to gg.jte.runtime;
}
