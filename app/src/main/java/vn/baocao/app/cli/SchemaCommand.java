package vn.baocao.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.baocao.core.assemble.BlockCatalog;
import vn.baocao.core.schema.JsonSchemaGenerator;

/**
 * {@code baocao schema}: the JSON Schema of the report source, for editors
 * ({@code # yaml-language-server: $schema=…} at the top of a YAML source), with the blocks of the
 * loaded plugins and their options.
 */
@Command(name = "schema", mixinStandardHelpOptions = true)
public final class SchemaCommand implements Callable<Integer> {

    @ParentCommand
    BaocaoCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                .writeValueAsString(JsonSchemaGenerator.reportSource(root.platform().service(BlockCatalog.class).all().values(),
                        root.settings().reportDefaults())));
        return ExitCodes.OK;
    }
}
