package vn.baocao.core.assemble.blocks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.baocao.api.spi.BlockContent;
import vn.baocao.api.spi.BlockContext;
import vn.baocao.api.spi.ReportBlock;
import vn.baocao.api.spi.TextRun;
import vn.baocao.api.text.LocalizedText;
import vn.baocao.core.assemble.DataBlockContext;
import vn.baocao.core.source.ReportSource;

/** For a summary report: the agencies whose reports it brings together, and those that have not reported. */
public final class ConsolidatedAgenciesBlock implements ReportBlock {

    @Override
    public String id() {
        return "consolidated-agencies";
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("Tình hình báo cáo của các cơ quan, đơn vị", "Which agencies have reported");
    }

    @Override
    public List<BlockContent> compute(BlockContext context) {
        if (!(context instanceof DataBlockContext data) || !(context.source() instanceof ReportSource summary)
                || summary.consolidates().isEmpty()) {
            return List.of();
        }
        Set<String> reported = new LinkedHashSet<>();
        for (ReportSource agency : data.consolidated()) reported.add(agency.report().issuingBody());
        List<String> missing = new ArrayList<>();
        for (String expected : summary.consolidates().get().expected()) {
            if (!reported.contains(expected)) missing.add(expected);
        }
        int expected = Math.max(summary.consolidates().get().expected().size(), reported.size());
        List<BlockContent> content = new ArrayList<>();
        content.add(paragraph(context.message("consolidated.reported", reported.size(), expected, String.join(", ", reported))));
        content.add(paragraph(missing.isEmpty() ? context.message("consolidated.allReported")
                : context.message("consolidated.notReported", missing.size(), String.join(", ", missing))));
        return content;
    }

    private static BlockContent paragraph(String text) {
        return new BlockContent.Paragraph(List.of(TextRun.plain(text)));
    }
}
