package vn.baocao.app.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.baocao.api.spi.BlockOption;
import vn.baocao.api.spi.ReportBlock;
import vn.baocao.app.output.Json;
import vn.baocao.core.Platform;
import vn.baocao.core.assemble.BlockCatalog;
import vn.baocao.core.i18n.Messages;

/** {@code baocao blocks}: every block a source may place, who contributes it, and the options it takes. */
@Command(name = "blocks", mixinStandardHelpOptions = true)
public final class BlocksCommand implements Callable<Integer> {

    @ParentCommand
    BaocaoCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--output", paramLabel = "text|json", descriptionKey = "option.output", defaultValue = "text")
    Output output;

    @Override
    public Integer call() {
        Platform platform = root.platform();
        Messages messages = root.messages();
        Map<String, String> owners = new LinkedHashMap<>();
        platform.registry().blocks().forEach(owned -> owners.putIfAbsent(owned.item().id(), owned.owner().descriptor().id()));
        Map<String, ReportBlock> blocks = platform.service(BlockCatalog.class).all();
        PrintWriter out = spec.commandLine().getOut();
        if (output == Output.JSON) {
            out.println(Json.blocks(blocks.values(), owners));
            return ExitCodes.OK;
        }
        for (ReportBlock block : blocks.values()) {
            out.println(messages.get("blocks.heading", block.id(), block.name().in(messages.locale()),
                    owners.getOrDefault(block.id(), messages.get("blocks.platform"))));
            if (block.options().isEmpty()) {
                out.println("  " + messages.get("blocks.noOptions"));
            } else {
                Table table = new Table(messages.get("blocks.column.option"), messages.get("blocks.column.type"),
                        messages.get("blocks.column.required"), messages.get("blocks.column.meaning"));
                for (BlockOption option : block.options()) {
                    String type = option.type() == BlockOption.Type.CHOICE ? String.join(" | ", option.allowed())
                            : messages.get("blocks.type." + option.type().name());
                    table.row(option.name(), type, messages.get(option.required() ? "blocks.required" : "blocks.optional"),
                            option.meaning().in(messages.locale()));
                }
                table.print(out, "  ");
            }
            out.println();
        }
        out.println(messages.get("blocks.summary", blocks.size()));
        return ExitCodes.OK;
    }
}
