package vn.baocao.core.assemble.blocks;

import java.util.ArrayList;
import java.util.List;
import vn.baocao.api.campaign.Campaign;
import vn.baocao.api.document.Citations;
import vn.baocao.api.document.DocumentReference;
import vn.baocao.api.spi.BlockContent;
import vn.baocao.api.spi.BlockContext;
import vn.baocao.api.spi.ReportBlock;
import vn.baocao.api.text.LocalizedText;

/**
 * The documents that launched and guide the campaign, each cited in full, as a list: "- Kế hoạch số
 * 31-KH/TU ngày 16/3/2021 của Ban Thường vụ Tỉnh ủy về việc …;".
 */
public final class DocumentsIssuedBlock implements ReportBlock {

    @Override
    public String id() {
        return "documents-issued";
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("Các văn bản lãnh đạo, chỉ đạo", "Documents issued to lead and guide");
    }

    @Override
    public List<BlockContent> compute(BlockContext context) {
        List<DocumentReference> documents = new ArrayList<>();
        context.source().campaign().map(Campaign::launchingDocuments).ifPresent(documents::addAll);
        context.source().campaign().map(Campaign::guidingDocuments).ifPresent(documents::addAll);
        if (documents.isEmpty()) {
            return List.of();
        }
        List<BlockContent.Paragraph> items = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            String end = i == documents.size() - 1 ? "." : ";";
            items.add(new BlockContent.Paragraph(context.inline(Citations.full(documents.get(i)) + end)));
        }
        return List.of(new BlockContent.BulletList(items));
    }
}
