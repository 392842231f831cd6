package vn.baocao.server;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import vn.baocao.api.period.Period;
import vn.baocao.api.service.UnitDirectory;
import vn.baocao.core.plugin.Registry;

/** An administrator opening entry again after its deadline, as the API and the administration page ask it: every field checked first. */
public final class ExceptionGrants {
    private final Registry registry;
    private final UnitDirectory units;
    private final Rights rights;
    private final Deadlines deadlines;

    public ExceptionGrants(Registry registry, UnitDirectory units, Rights rights, Deadlines deadlines) {
        this.registry = registry;
        this.units = units;
        this.rights = rights;
        this.deadlines = deadlines;
    }

    public Deadlines.Grant grant(User user, Actor actor, String program, String unit, String period, String until, String reason) {
        if (!rights.administrator(user)) throw ApiProblem.of(403, "deadline.notAdministrator");
        if (blank(program) || blank(unit) || blank(period) || blank(until)) throw ApiProblem.of(400, "deadline.fieldsRequired");
        if (registry.programType(program).isEmpty()) throw ApiProblem.of(404, "values.unknownProgram", program);
        if (!units.isKnown(unit)) throw ApiProblem.of(404, "units.unknownCode", unit);
        Period parsed = Workflow.period(period);
        if (deadlines.lastDay(program, parsed).isEmpty()) throw ApiProblem.of(422, "deadline.none", program);
        LocalDate day;
        try {
            day = LocalDate.parse(until.strip());
        } catch (DateTimeParseException e) {
            throw ApiProblem.of(400, "server.badDate", until);
        }
        return deadlines.grant(actor, program, unit, parsed, day, reason);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
