package vn.baocao.core.data;

import java.util.Optional;
import vn.baocao.api.program.ProgramType;

/**
 * How one file is imported.
 *
 * @param numberStyle how its numbers are written, when the file, the command or the installation says
 * @param program the program type it reports on, when only that program's indicators may appear
 * @param totalsOfDisaggregatedIndicators whether a disaggregated indicator may be given as a total
 *        (a report source's own figures may; a data file gives every category)
 */
public record ImportOptions(NumberStyle numberStyle, Optional<ProgramType> program, boolean totalsOfDisaggregatedIndicators,
                            Progress progress) {

    /** Told how far reading has got, in bytes, for a progress bar; may be called from two threads at once. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = bytes -> { };

        void read(long bytes);
    }

    public ImportOptions {
        numberStyle = numberStyle == null ? NumberStyle.UNDECLARED : numberStyle;
        program = program == null ? Optional.empty() : program;
        progress = progress == null ? Progress.NONE : progress;
    }

    public static ImportOptions defaults() {
        return new ImportOptions(NumberStyle.UNDECLARED, Optional.empty(), false, Progress.NONE);
    }

    public ImportOptions withNumberStyle(NumberStyle style) {
        return new ImportOptions(style, program, totalsOfDisaggregatedIndicators, progress);
    }

    public ImportOptions withProgram(Optional<ProgramType> only) {
        return new ImportOptions(numberStyle, only, totalsOfDisaggregatedIndicators, progress);
    }

    public ImportOptions allowingTotals() {
        return new ImportOptions(numberStyle, program, true, progress);
    }

    public ImportOptions withProgress(Progress listener) {
        return new ImportOptions(numberStyle, program, totalsOfDisaggregatedIndicators, listener);
    }
}
