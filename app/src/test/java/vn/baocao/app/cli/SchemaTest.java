package vn.baocao.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON Schema editors use is generated from the model, and the copy in docs/ is the current one. */
class SchemaTest {
    private static final Path COMMITTED = Path.of(System.getProperty("baocao.examples", "../docs/examples"), "..", "schema",
            "report-source.schema.json");

    @Test
    void theCommittedSchemaIsTheGeneratedOne() throws Exception {
        Run run = Run.of("schema");
        assertThat(run.exitCode()).isZero();
        JsonMapper json = JsonMapper.builder().build();
        assertThat(json.readTree(Files.readString(COMMITTED)))
                .as("docs/schema/report-source.schema.json is stale: regenerate it with `baocao schema > docs/schema/report-source.schema.json`")
                .isEqualTo(json.readTree(run.out()));
    }

    @Test
    void requiredFieldsAndClosedObjectsFollowTheModel() {
        JsonNode schema = JsonMapper.builder().build().readTree(Run.of("schema").out());
        JsonNode report = schema.get("$defs").get("Report");
        assertThat(report.get("additionalProperties").asBoolean()).isFalse();
        assertThat(report.get("required")).extracting(JsonNode::asString)
                .contains("kind", "superiorBody", "issuingBody", "number", "place", "date", "title", "recipients", "archive", "signature")
                .doesNotContain("addressee");
        assertThat(report.get("properties").get("kind").get("enum")).extracting(JsonNode::asString).contains("MID_PHASE_REVIEW");
        assertThat(schema.get("$defs").get("Section").get("properties").get("sections").get("items").get("$ref").asString())
                .isEqualTo("#/$defs/Section");
    }
}
