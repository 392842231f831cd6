package vn.baocao.api.program;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apiguardian.api.API;
import vn.baocao.api.period.Period;

/**
 * Sums over the figures programs report, for rules and report blocks: the total of an indicator for
 * a period (over all its categories), or for one category.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Results {
    private Results() {}

    /** The programs of one type. */
    public static List<Program> ofType(List<Program> programs, String programType) {
        return programs.stream().filter(p -> p.programType().filter(programType::equals).isPresent()).toList();
    }

    /**
     * A program with its place in the source's list, so that a rule can point a violation at a figure.
     *
     * @param index the program's index in {@code programs}
     * @param program the program
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public record Indexed(int index, Program program) {
        /** The JSON pointer to the value of the first figure of an indicator in a period. */
        public String pointerTo(String indicator, Period period) {
            return "/programs/" + index + "/results/" + indexOf(program, indicator, period) + "/value";
        }
    }

    /** The programs of one type, each with its index in the list. */
    public static List<Indexed> indexedOfType(List<Program> programs, String programType) {
        List<Indexed> found = new java.util.ArrayList<>();
        for (int i = 0; i < programs.size(); i++) {
            if (programs.get(i).programType().filter(programType::equals).isPresent()) {
                found.add(new Indexed(i, programs.get(i)));
            }
        }
        return found;
    }

    /** The total of an indicator over a period's figures, all categories together; empty if none was reported. */
    public static Optional<BigDecimal> total(Program program, String indicator, Period period) {
        return program.results().stream()
                .filter(r -> indicator.equals(r.indicator()) && period.equals(r.period()) && r.value() != null)
                .map(ProgramResult::value)
                .reduce(BigDecimal::add);
    }

    /** The figure of one category ({@code SEX}, {@code F}); empty if none was reported. */
    public static Optional<BigDecimal> category(Program program, String indicator, Period period, String disaggregation, String category) {
        return program.results().stream()
                .filter(r -> indicator.equals(r.indicator()) && period.equals(r.period()) && r.value() != null
                        && category.equals(r.categories().get(disaggregation)))
                .map(ProgramResult::value)
                .reduce(BigDecimal::add);
    }

    /** The periods in which an indicator has figures, in order. */
    public static SortedSet<Period> periods(Program program, String indicator) {
        SortedSet<Period> periods = new TreeSet<>();
        program.results().stream().filter(r -> indicator.equals(r.indicator()) && r.period() != null).forEach(r -> periods.add(r.period()));
        return periods;
    }

    /** The index of the first figure of an indicator in a period, for pointing a violation at it. */
    public static int indexOf(Program program, String indicator, Period period) {
        List<ProgramResult> results = program.results();
        for (int i = 0; i < results.size(); i++) {
            if (indicator.equals(results.get(i).indicator()) && period.equals(results.get(i).period())) {
                return i;
            }
        }
        return -1;
    }
}
