package vn.baocao.app.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Optional;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on the terminal's standard error, for an import of a large file or a render: shown
 * only when the command runs on a terminal, so that nothing of it reaches a pipe, a file or CI.
 */
final class TerminalProgress implements AutoCloseable {
    /** Files below this are read too fast for a bar to help. */
    static final long LARGE_FILE = 8L << 20;

    private final Optional<ProgressBar> bar;

    private TerminalProgress(Optional<ProgressBar> bar) {
        this.bar = bar;
    }

    static TerminalProgress none() {
        return new TerminalProgress(Optional.empty());
    }

    /** A bar of megabytes read, when on a terminal and the file is large. */
    static TerminalProgress bytes(String task, long total) {
        if (total < LARGE_FILE || !onTerminal()) return none();
        return new TerminalProgress(Optional.of(builder(task).setInitialMax(total).setUnit(" MB", 1L << 20).showSpeed().build()));
    }

    /** A bar of the steps of a command (checking, assembling, each format), when on a terminal. */
    static TerminalProgress steps(String task, int steps) {
        if (!onTerminal()) return none();
        return new TerminalProgress(Optional.of(builder(task).setInitialMax(steps).continuousUpdate().build()));
    }

    private static ProgressBarBuilder builder(String task) {
        PrintStream err = System.err;
        return new ProgressBarBuilder().setTaskName(task).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(err)).setUpdateIntervalMillis(200)
                .setMaxRenderedLength(100).setSpeedUnit(java.time.temporal.ChronoUnit.SECONDS).clearDisplayOnFinish()
                .startsFrom(0, Duration.ZERO);
    }

    /** Whether the command talks to a person at a terminal (not a pipe, a file or CI). */
    static boolean onTerminal() {
        return System.console() != null && System.getenv("CI") == null;
    }

    /** Bytes read so far, added; safe from several threads. */
    void read(long bytes) {
        bar.ifPresent(b -> b.stepBy(bytes));
    }

    private boolean started;
    private boolean closed;

    /** The step before done (if any), and the next one named. */
    void next(String step) {
        bar.ifPresent(b -> {
            if (started) b.step();
            started = true;
            b.setExtraMessage(step);
        });
    }

    /** Takes the bar off the terminal, before the command prints its own lines. */
    @Override
    public void close() {
        if (closed) return;
        closed = true;
        bar.ifPresent(ProgressBar::close);
    }
}
