package vn.baocao.core.data;

import java.util.List;

/**
 * What an import did. When {@link #problems()} is not empty nothing was stored: one import is all
 * or nothing.
 *
 * @param file the file as the user named it
 * @param rows the data rows read
 * @param added values that were new
 * @param replaced values that changed an earlier one
 * @param unchanged values the store already held
 * @param problems the problems found, in file order, at most {@link CsvValueImporter#MAX_LISTED}
 * @param unlisted problems found beyond those listed
 */
public record ImportResult(String file, long rows, long added, long replaced, long unchanged,
                           List<DataProblem> problems, long unlisted) {

    public ImportResult {
        problems = List.copyOf(problems);
    }

    public boolean stored() {
        return problems.isEmpty();
    }
}
