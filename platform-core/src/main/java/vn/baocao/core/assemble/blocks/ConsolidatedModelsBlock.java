package vn.baocao.core.assemble.blocks;

import java.util.ArrayList;
import java.util.List;
import vn.baocao.api.campaign.Commendation;
import vn.baocao.api.campaign.RegisteredModel;
import vn.baocao.api.spi.BlockContent;
import vn.baocao.api.spi.BlockOption;
import vn.baocao.api.spi.BlockContext;
import vn.baocao.api.spi.ReportBlock;
import vn.baocao.api.text.LocalizedText;
import vn.baocao.core.assemble.DataBlockContext;
import vn.baocao.core.source.ReportSource;

/**
 * For a summary report: the registered models of all agencies with their status, or (option
 * {@code list: commendations}) the commendations all agencies propose or have granted.
 */
public final class ConsolidatedModelsBlock implements ReportBlock {

    @Override
    public String id() {
        return "consolidated-models";
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("Mô hình và đề nghị khen thưởng của các cơ quan, đơn vị", "Models and commendations of all agencies");
    }

    @Override
    public List<BlockOption> options() {
        return List.of(BlockOption.choice("list", List.of("models", "commendations"), LocalizedText.of(
                "Liệt kê các mô hình (models, mặc định) hay các đề nghị khen thưởng (commendations)",
                "Lists the models (models, the default) or the commendations (commendations)")));
    }

    @Override
    public List<BlockContent> compute(BlockContext context) {
        if (!(context instanceof DataBlockContext data) || data.consolidated().isEmpty()) {
            return List.of();
        }
        boolean commendations = "commendations".equals(context.options().get("list"));
        List<List<String>> rows = new ArrayList<>();
        for (ReportSource agency : data.consolidated()) {
            if (agency.campaign().isEmpty()) continue;
            String name = agency.report().issuingBody();
            if (commendations) {
                for (Commendation c : agency.campaign().get().commendations()) {
                    rows.add(List.of(String.valueOf(rows.size() + 1), c.recipient(), c.form(),
                            context.message(c.granted() ? "consolidated.granted" : "consolidated.proposed"), name));
                }
            } else {
                for (RegisteredModel m : agency.campaign().get().models()) {
                    rows.add(List.of(String.valueOf(rows.size() + 1), m.name(), context.message("modelField." + m.field().name()),
                            m.owner(), context.message("modelStatus." + m.status().name())));
                }
            }
        }
        if (rows.isEmpty()) {
            return List.of(new BlockContent.Paragraph(context.inline(context.message(commendations
                    ? "consolidated.noCommendations" : "consolidated.noModels"))));
        }
        List<String> header = commendations
                ? List.of(context.message("annex.number"), context.message("consolidated.recipient"), context.message("consolidated.form"),
                        context.message("consolidated.state"), context.message("consolidated.proposedBy"))
                : List.of(context.message("annex.number"), context.message("consolidated.model"), context.message("consolidated.field"),
                        context.message("consolidated.owner"), context.message("consolidated.status"));
        return List.of(new BlockContent.Table(header, rows));
    }
}
