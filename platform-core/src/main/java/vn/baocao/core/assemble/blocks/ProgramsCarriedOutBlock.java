package vn.baocao.core.assemble.blocks;

import java.util.List;
import java.util.stream.Collectors;
import vn.baocao.api.program.Program;
import vn.baocao.api.spi.BlockContent;
import vn.baocao.api.spi.BlockOption;
import vn.baocao.api.spi.BlockContext;
import vn.baocao.api.spi.ReportBlock;
import vn.baocao.api.text.LocalizedText;

/**
 * The programs and policies carried out, named as the agency names them, after an intro (by default
 * "Các chương trình, chính sách đã triển khai thực hiện: "; the seed report's is "Tổ chức triển khai …
 * như: "): "Chính sách …; Đề án …; … ...". Options: {@code intro}, {@code separator}
 * (default "; "), {@code end} (default "."), {@code style} ({@code bullet}, the default, or
 * {@code paragraph}).
 */
public final class ProgramsCarriedOutBlock implements ReportBlock {

    @Override
    public String id() {
        return "programs-carried-out";
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("Các chương trình, chính sách đã thực hiện", "Programs and policies carried out");
    }

    @Override
    public List<BlockOption> options() {
        return List.of(
                BlockOption.optional("intro", BlockOption.Type.TEXT, LocalizedText.of(
                        "Câu mở đầu, trước tên các chương trình (mặc định: “Các chương trình, chính sách đã triển khai thực hiện: ”)",
                        "The words before the programs’ names (default: “Các chương trình, chính sách đã triển khai thực hiện: ”)")),
                BlockOption.optional("separator", BlockOption.Type.TEXT, LocalizedText.of(
                        "Dấu ngăn giữa hai tên chương trình (mặc định “; ”)", "What goes between two programs’ names (default “; ”)")),
                BlockOption.optional("end", BlockOption.Type.TEXT, LocalizedText.of(
                        "Dấu kết câu (mặc định “.”)", "What ends the sentence (default “.”)")),
                BlockOption.choice("style", List.of("bullet", "paragraph"), LocalizedText.of(
                        "Viết thành một gạch đầu dòng (bullet, mặc định) hay một đoạn văn (paragraph)",
                        "Written as a bullet (bullet, the default) or as a paragraph (paragraph)")));
    }

    @Override
    public List<BlockContent> compute(BlockContext context) {
        List<Program> programs = context.source().programs();
        if (programs.isEmpty()) {
            return List.of();
        }
        String intro = context.options().getOrDefault("intro", context.message("block.programs.intro"));
        String separator = context.options().getOrDefault("separator", "; ");
        String end = context.options().getOrDefault("end", ".");
        String names = programs.stream().map(Program::name).collect(Collectors.joining(separator));
        BlockContent.Paragraph sentence = new BlockContent.Paragraph(context.inline(intro + names + end));
        return "paragraph".equals(context.options().get("style"))
                ? List.of(sentence)
                : List.of(new BlockContent.BulletList(List.of(sentence)));
    }
}
