package vn.baocao.core.source;

import java.util.List;
import vn.baocao.core.problem.Problem;

/**
 * The verdict on one source file.
 *
 * @param file the file as the user named it
 * @param outcome valid, invalid, or unreadable
 * @param problems every problem, in file order (warnings and notes included)
 */
public record CheckResult(String file, Outcome outcome, List<Problem> problems) {

    /** Valid files may still carry warnings. */
    public enum Outcome { VALID, INVALID, UNREADABLE }

    public CheckResult {
        problems = List.copyOf(problems);
    }
}
