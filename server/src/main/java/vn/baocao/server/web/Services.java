package vn.baocao.server.web;

import java.util.Locale;
import java.util.function.Function;
import vn.baocao.api.service.UnitDirectory;
import vn.baocao.core.i18n.Messages;
import vn.baocao.core.plugin.Registry;
import vn.baocao.core.source.SourceChecker;
import vn.baocao.server.AuditLog;
import vn.baocao.server.ClientAddress;
import vn.baocao.server.Deadlines;
import vn.baocao.server.ExceptionGrants;
import vn.baocao.server.Logins;
import vn.baocao.server.ReportSources;
import vn.baocao.server.Rights;
import vn.baocao.server.Rollups;
import vn.baocao.server.Sessions;
import vn.baocao.server.Users;
import vn.baocao.server.ValueBatches;
import vn.baocao.server.Workflow;

/**
 * The server's services the pages work through: the same ones the API's routes call, so that a
 * page and a request to the API do one thing one way.
 *
 * @param checker the report-source checker, in the language of the messages given
 */
public record Services(Registry registry, Logins logins, Sessions sessions, Users users, Rights rights, Workflow workflow,
                       ValueBatches values, Deadlines deadlines, Rollups rollups, ReportSources reports, AuditLog audit,
                       UnitDirectory units, ClientAddress addresses, Function<Locale, Messages> messages,
                       Function<Messages, SourceChecker> checker, ExceptionGrants exceptions,
                       vn.baocao.core.read.SourceReader sourceReader) {}
