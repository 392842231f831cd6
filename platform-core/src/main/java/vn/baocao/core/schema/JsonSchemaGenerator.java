package vn.baocao.core.schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import vn.baocao.api.document.DocumentNumber;
import vn.baocao.api.period.Period;
import vn.baocao.api.report.IssueDate;
import vn.baocao.api.report.Section;
import vn.baocao.api.spi.BlockOption;
import vn.baocao.api.spi.ReportBlock;
import vn.baocao.core.source.ContentItem;
import vn.baocao.core.source.OutlineSpec;
import vn.baocao.core.source.ReportSource;

/**
 * Derives the JSON Schema (draft 2020-12) of the report source from the model records, so that an
 * editor completes and checks a source as it is typed: one definition per record, its required
 * fields from the Jakarta constraints, codes as patterns, enums as their values, no other fields.
 */
public final class JsonSchemaGenerator {
    public static final String ID = "urn:baocao:schema:report-source:0.1";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String PERIOD = "^\\d{4}(H[12]|Q[1-4]|-(0[1-9]|1[0-2])|/\\d{4})?$";
    /** ECMA-262 patterns, which schema validators use: no Unicode classes, the letters of symbols spelled out. */
    private static final String SYMBOL = "^(\\d+)?((/\\d{4})?/[0-9A-Za-zĐđ]+(-[0-9A-Za-zĐđ]+)*|-[A-Za-zĐđ]+/[0-9A-Za-zĐđ]+(-[0-9A-Za-zĐđ]+)*)$";

    private final ObjectNode definitions = JSON.objectNode();
    private final Collection<ReportBlock> blocks;

    private JsonSchemaGenerator(Collection<ReportBlock> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    /** The schema of a report source file whose content may place these blocks, with their options. */
    public static ObjectNode reportSource(Collection<ReportBlock> blocks) {
        return reportSource(blocks, vn.baocao.core.source.ReportDefaults.NONE);
    }

    /**
     * As {@link #reportSource(Collection)}, for an installation whose defaults fill some fields of
     * {@code report}: those are not required, so that an editor does not mark a source that leaves them out.
     */
    public static ObjectNode reportSource(Collection<ReportBlock> blocks, vn.baocao.core.source.ReportDefaults defaults) {
        ObjectNode schema = fullReportSource(blocks);
        java.util.Set<String> filled = defaults.fieldsFilled();
        if (!filled.isEmpty() && schema.get("$defs").get("Report") instanceof ObjectNode report && report.get("required") instanceof ArrayNode required) {
            ArrayNode kept = JSON.arrayNode();
            required.forEach(name -> {
                if (!filled.contains(name.asString())) kept.add(name);
            });
            report.set("required", kept);
        }
        return schema;
    }

    private static ObjectNode fullReportSource(Collection<ReportBlock> blocks) {
        JsonSchemaGenerator generator = new JsonSchemaGenerator(blocks);
        ObjectNode root = JSON.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", ID);
        root.put("title", "Baocao report source");
        root.put("description", "Nguồn báo cáo: thông tin văn bản, đề cương, nội dung từng mục và các bản ghi để lập báo cáo theo Nghị định 30/2020.");
        ObjectNode body = generator.record(ReportSource.class);
        body.properties().forEach(e -> root.set(e.getKey(), e.getValue()));
        root.set("$defs", generator.definitions);
        return root;
    }

    private ObjectNode schemaOf(Type type) {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (raw == Optional.class) return schemaOf(args[0]);
            if (List.class.isAssignableFrom(raw)) return JSON.objectNode().put("type", "array").set("items", schemaOf(args[0]));
            if (Map.class.isAssignableFrom(raw)) return JSON.objectNode().put("type", "object").set("additionalProperties", schemaOf(args[1]));
            return schemaOf(raw);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) return JSON.objectNode().put("type", "string");
        if (c == int.class || c == Integer.class || c == long.class || c == Long.class) return JSON.objectNode().put("type", "integer");
        if (c == BigDecimal.class || c == double.class || c == Double.class) return JSON.objectNode().put("type", "number");
        if (c == boolean.class || c == Boolean.class) return JSON.objectNode().put("type", "boolean");
        if (c == LocalDate.class) return JSON.objectNode().put("type", "string").put("format", "date");
        if (c == IssueDate.class) {
            return JSON.objectNode().put("type", "string").put("pattern", "^\\d{4}-\\d{2}(-\\d{2})?$")
                    .put("description", "2023-06 (ngày để trống đến khi ký) hoặc 2023-06-26");
        }
        if (Period.class.isAssignableFrom(c)) {
            ObjectNode period = JSON.objectNode();
            period.set("type", JSON.arrayNode().add("string").add("integer"));
            return period.put("pattern", PERIOD).put("description", "2023, 2023H1, 2023Q2, 2023-06, 2021/2025");
        }
        if (c == DocumentNumber.class) {
            return JSON.objectNode().put("type", "string").put("pattern", SYMBOL).put("description", "70/KH-UBND, 375/BDT-CSDT, 31-KH/TU, /BC-BDT");
        }
        if (c == vn.baocao.core.data.NumberStyle.class) {
            // written as a value file declares it, in lower case; "not declared" is not written
            ArrayNode styles = JSON.arrayNode().add("vi").add("en").add("plain");
            return JSON.objectNode().put("type", "string").put("description", "vi: 51.300 và 12,5; en: 51,300 và 12.5; plain: 12.5").set("enum", styles);
        }
        if (c.isEnum()) {
            ArrayNode values = JSON.arrayNode();
            Arrays.stream(c.getEnumConstants()).forEach(v -> values.add(((Enum<?>) v).name()));
            return JSON.objectNode().set("enum", values);
        }
        if (c == OutlineSpec.class) {
            ObjectNode outline = JSON.objectNode();
            outline.set("oneOf", JSON.arrayNode()
                    .add(JSON.objectNode().put("type", "string").put("description", "mã một đề cương có sẵn, ví dụ so-ket-dan-van-kheo"))
                    .add(JSON.objectNode().put("type", "array").set("items", reference(Section.class))));
            return outline;
        }
        if (c == ContentItem.class) {
            ObjectNode item = JSON.objectNode();
            ObjectNode object = record(ContentItem.class);
            object.put("minProperties", 1);
            withBlocks(object);
            item.set("oneOf", JSON.arrayNode().add(JSON.objectNode().put("type", "string").put("description", "một đoạn văn")).add(object));
            return item;
        }
        if (c.isRecord()) return reference(c);
        return JSON.objectNode();
    }

    /**
     * A content item's {@code block} as one of the ids, and for each block the options it takes
     * ({@code if block is X then options are …}), so that an editor completes and checks them.
     */
    private void withBlocks(ObjectNode item) {
        if (blocks.isEmpty()) return;
        ObjectNode properties = (ObjectNode) item.get("properties");
        ArrayNode ids = JSON.arrayNode();
        blocks.forEach(b -> ids.add(b.id()));
        properties.set("block", JSON.objectNode().put("type", "string").set("enum", ids));
        // each block's case below says what its options' values are: a year may be written as a number
        properties.set("options", JSON.objectNode().put("type", "object"));
        ArrayNode cases = JSON.arrayNode();
        for (ReportBlock block : blocks) {
            ObjectNode when = JSON.objectNode();
            when.putObject("properties").putObject("block").put("const", block.id());
            when.set("required", JSON.arrayNode().add("block"));
            ObjectNode options = JSON.objectNode().put("type", "object").put("description", block.name().vi());
            ObjectNode declared = options.putObject("properties");
            ArrayNode required = JSON.arrayNode();
            for (BlockOption option : block.options()) {
                declared.set(option.name(), optionSchema(option));
                if (option.required()) required.add(option.name());
            }
            options.put("additionalProperties", false);
            ObjectNode then = JSON.objectNode();
            then.putObject("properties").set("options", options);
            if (!required.isEmpty()) {
                options.set("required", required);
                then.set("required", JSON.arrayNode().add("options"));
            }
            cases.add(JSON.objectNode().<ObjectNode>set("if", when).set("then", then));
        }
        item.set("allOf", cases);
    }

    private static ObjectNode optionSchema(BlockOption option) {
        ObjectNode schema = JSON.objectNode().put("description", option.meaning().vi());
        switch (option.type()) {
            case YEAR -> schema.set("type", JSON.arrayNode().add("integer").add("string")).put("pattern", "^\\d{4}$");
            case PERIOD -> schema.set("type", JSON.arrayNode().add("integer").add("string")).put("pattern", PERIOD);
            case DATE -> schema.put("type", "string").put("format", "date");
            case UNIT -> schema.set("type", JSON.arrayNode().add("integer").add("string"));
            case CHOICE -> {
                ArrayNode values = JSON.arrayNode();
                option.allowed().forEach(values::add);
                schema.put("type", "string").set("enum", values);
            }
            default -> schema.put("type", "string").put("minLength", 1);
        }
        return schema;
    }

    private ObjectNode reference(Class<?> recordType) {
        String name = recordType.getSimpleName();
        if (!definitions.has(name)) {
            definitions.putObject(name); // placeholder first: records may refer to themselves (Section)
            definitions.set(name, record(recordType));
        }
        return JSON.objectNode().put("$ref", "#/$defs/" + name);
    }

    private ObjectNode record(Class<?> recordType) {
        ObjectNode schema = JSON.objectNode().put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = JSON.arrayNode();
        for (RecordComponent component : recordType.getRecordComponents()) {
            ObjectNode property = schemaOf(component.getGenericType());
            AnnotatedElement field = field(recordType, component);
            Pattern pattern = field.getAnnotation(Pattern.class);
            if (pattern != null) property.put("pattern", "^(" + pattern.regexp() + ")$");
            if (field.isAnnotationPresent(NotBlank.class)) property.put("minLength", 1);
            if (field.isAnnotationPresent(NotEmpty.class)) property.put("minItems", 1);
            properties.set(component.getName(), property);
            boolean mandatory = field.isAnnotationPresent(NotNull.class) || field.isAnnotationPresent(NotBlank.class)
                    || field.isAnnotationPresent(NotEmpty.class);
            if (mandatory && component.getType() != Optional.class) required.add(component.getName());
        }
        if (!required.isEmpty()) schema.set("required", required);
        return schema.put("additionalProperties", false);
    }

    /** The record's field, where the constraints of a component are kept. */
    private static AnnotatedElement field(Class<?> recordType, RecordComponent component) {
        try {
            return recordType.getDeclaredField(component.getName());
        } catch (NoSuchFieldException e) {
            return component;
        }
    }
}
