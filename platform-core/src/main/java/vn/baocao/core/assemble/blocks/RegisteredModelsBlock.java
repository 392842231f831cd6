package vn.baocao.core.assemble.blocks;

import java.util.ArrayList;
import java.util.List;
import vn.baocao.api.campaign.Campaign;
import vn.baocao.api.campaign.RegisteredModel;
import vn.baocao.api.spi.BlockContent;
import vn.baocao.api.spi.BlockOption;
import vn.baocao.api.spi.BlockContext;
import vn.baocao.api.spi.ReportBlock;
import vn.baocao.api.text.LocalizedText;

/**
 * One sentence for each model registered under the campaign, saying where it stands and, for one
 * not carried out, why. Option {@code label}: what the models are called ("dân vận khéo"; by default
 * the campaign's name).
 */
public final class RegisteredModelsBlock implements ReportBlock {

    @Override
    public String id() {
        return "registered-models";
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("Các mô hình đã đăng ký và tình trạng", "Registered models and their status");
    }

    @Override
    public List<BlockOption> options() {
        return List.of(BlockOption.optional("label", BlockOption.Type.TEXT, LocalizedText.of(
                "Tên gọi các mô hình, ví dụ “dân vận khéo” (mặc định: tên phong trào)",
                "What the models are called, such as “dân vận khéo” (default: the campaign’s name)")));
    }

    @Override
    public List<BlockContent> compute(BlockContext context) {
        Campaign campaign = context.source().campaign().orElse(null);
        if (campaign == null) {
            return List.of();
        }
        String label = context.options().getOrDefault("label", campaign.name());
        List<BlockContent> paragraphs = new ArrayList<>();
        for (RegisteredModel model : campaign.models()) {
            String sentence = context.message("block.registeredModel." + model.status().name(),
                    model.owner(), model.registeredWith(), label, model.name(), model.reason().orElse(""));
            paragraphs.add(new BlockContent.Paragraph(context.inline(sentence)));
        }
        return paragraphs;
    }
}
