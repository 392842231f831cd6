package vn.baocao.core.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;

/**
 * Gathers the problems of one reading, so that a file's every mistake is reported at once instead
 * of the first. It travels with the reading as a Jackson context attribute.
 */
public final class ProblemCollector {
    private final List<ReadProblem> problems = new ArrayList<>();

    public void add(ReadProblem problem) {
        problems.add(problem);
    }

    public List<ReadProblem> problems() {
        return Collections.unmodifiableList(problems);
    }

    /** The collector of the reading in progress. */
    static ProblemCollector of(DeserializationContext context) {
        return (ProblemCollector) context.getAttribute(ProblemCollector.class);
    }

    /** The JSON pointer of the value the parser is on. */
    static String pointer(JsonParser parser) {
        return parser == null ? "" : parser.streamReadContext().pathAsPointer().toString();
    }
}
