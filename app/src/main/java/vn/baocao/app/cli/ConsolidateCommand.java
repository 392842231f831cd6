package vn.baocao.app.cli;

import picocli.CommandLine.Command;

/**
 * {@code baocao consolidate SUMMARY --format docx,md --out DIR}: the summary a body sends on from the
 * reports of the agencies under it. The summary source names the agencies' sources and the agencies
 * expected ({@code consolidates:}); each agency's source is checked as {@code validate} checks it,
 * with its data, and the summary's blocks add up their figures, list their models and commendation
 * proposals, and name the agencies that have not reported. Written as {@code render} writes.
 */
@Command(name = "consolidate", mixinStandardHelpOptions = true)
public final class ConsolidateCommand extends RenderCommand {

    @Override
    boolean summaryOnly() {
        return true;
    }
}
