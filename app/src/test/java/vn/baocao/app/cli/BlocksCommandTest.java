package vn.baocao.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code baocao blocks} and the schema show the options every block declares, the plugins' too. */
class BlocksCommandTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void everyBlockIsListedWithItsOptionsInBothLanguages() {
        Run vi = Run.of("blocks");
        Run en = Run.of("--lang", "en", "blocks");

        assertThat(vi.exitCode()).isZero();
        assertThat(vi.out()).contains("data-annex — Phụ lục số liệu theo đơn vị (nền tảng)")
                .containsPattern("indicator +mã chỉ tiêu +có +Chỉ tiêu của phụ lục")
                .containsPattern("style +bullet \\| paragraph +không")
                .contains("child-marriage.yearly-summary — Tình hình tảo hôn trong năm (child-marriage)")
                .contains("documents-issued — Các văn bản lãnh đạo, chỉ đạo (nền tảng)\n  Không có tùy chọn.");
        assertThat(en.out()).containsPattern("indicator +indicator code +yes +The indicator the annex shows")
                .contains("(platform)");
        Leaks.assertNone(vi.all());
    }

    @Test
    void theJsonListsTypesRequiredAndAllowedValues() {
        JsonNode blocks = JSON.readTree(Run.of("blocks", "--output", "json").out());
        JsonNode annex = find(blocks, "data-annex");
        assertThat(annex.get("plugin").isNull()).isTrue();
        assertThat(annex.get("options").get(0).get("name").asString()).isEqualTo("indicator");
        assertThat(annex.get("options").get(0).get("type").asString()).isEqualTo("INDICATOR");
        assertThat(annex.get("options").get(0).get("required").asBoolean()).isTrue();
        JsonNode models = find(blocks, "consolidated-models").get("options").get(0);
        assertThat(models.get("allowed")).extracting(JsonNode::asString).containsExactly("models", "commendations");
        assertThat(find(blocks, "tet-essential-goods.summary").get("plugin").asString()).isEqualTo("tet-essential-goods");
    }

    @Test
    void theSchemaCompletesBlockIdsAndTheirOptions() {
        JsonNode schema = JSON.readTree(Run.of("schema").out());
        JsonNode content = schema.get("properties").get("content").get("additionalProperties").get("items").get("oneOf").get(1);
        assertThat(content.get("properties").get("block").get("enum")).extracting(JsonNode::asString)
                .contains("data-annex", "child-marriage.yearly-summary");
        JsonNode annexCase = null;
        for (JsonNode c : content.get("allOf")) {
            if (c.get("if").get("properties").get("block").get("const").asString().equals("data-annex")) annexCase = c;
        }
        assertThat(annexCase).isNotNull();
        JsonNode options = annexCase.get("then").get("properties").get("options");
        assertThat(options.get("required")).extracting(JsonNode::asString).containsExactly("indicator");
        assertThat(options.get("additionalProperties").asBoolean()).isFalse();
        assertThat(options.get("properties").get("unitsOn").get("format").asString()).isEqualTo("date");
    }

    private static JsonNode find(JsonNode blocks, String id) {
        for (JsonNode b : blocks) {
            if (b.get("id").asString().equals(id)) return b;
        }
        throw new AssertionError("no block " + id);
    }
}
