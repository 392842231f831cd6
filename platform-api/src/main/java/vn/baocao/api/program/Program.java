package vn.baocao.api.program;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import vn.baocao.api.constraints.KnownProgramType;
import vn.baocao.api.constraints.KnownUnit;
import vn.baocao.api.constraints.PeriodCode;
import vn.baocao.api.internal.Lists;
import vn.baocao.api.period.Period;
import vn.baocao.api.period.PeriodType;

/**
 * A program type carried out by an agency over an area and a phase, with the figures it reports.
 *
 * @param programType the id of the program type a plugin contributes, when one does; a policy no
 *                    plugin models is named only
 * @param name the name the agency uses for it in reports ("Đề án Giảm thiểu tình trạng tảo hôn …")
 * @param agency the agency carrying it out ("Ban Dân tộc tỉnh")
 * @param area the code of the administrative unit it covers
 * @param phase the years it runs
 * @param results the figures reported
 */
@API(status = STABLE, since = "0.1")
public record Program(
        Optional<@KnownProgramType String> programType,
        @NotBlank String name,
        @NotBlank String agency,
        @NotNull @KnownUnit String area,
        @NotNull @PeriodCode(types = {PeriodType.YEAR, PeriodType.PHASE}) Period phase,
        List<@NotNull @Valid ProgramResult> results) {

    public Program {
        programType = programType == null ? Optional.empty() : programType;
        results = Lists.copy(results);
    }
}
