package vn.baocao.core.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import vn.baocao.api.program.ProgramType;
import vn.baocao.core.plugin.Registry;

/**
 * Reads the values of an Excel workbook (an entry form made by {@code baocao template}, or a sheet
 * laid out like a CSV file) into a sink. The platform finds it with {@link java.util.ServiceLoader},
 * so that the spreadsheet library stays out of the core's required modules.
 */
public interface SpreadsheetReader {

    /**
     * Reads the workbook; {@code sinks} opens the sink for the program the workbook turns out to be
     * for (an entry form names its own).
     *
     * @param expected the program the command line asked for, if any
     */
    ImportResult read(Path file, Registry registry, Optional<ProgramType> expected,
                      Function<Optional<ProgramType>, ValueSink> sinks) throws IOException;
}
