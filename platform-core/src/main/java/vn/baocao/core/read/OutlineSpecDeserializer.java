package vn.baocao.core.read;

import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import vn.baocao.api.report.Section;
import vn.baocao.core.source.OutlineSpec;

/** Reads {@code outline:} as the id of a shipped outline (text) or as the sections themselves (a list). */
final class OutlineSpecDeserializer extends ValueDeserializer<OutlineSpec> {

    @Override
    public OutlineSpec deserialize(JsonParser p, DeserializationContext ctxt) {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            return OutlineSpec.ofRef(p.getString().strip());
        }
        if (token == JsonToken.START_ARRAY) {
            JavaType sections = ctxt.getTypeFactory().constructCollectionType(List.class, Section.class);
            List<Section> read = ctxt.readValue(p, sections);
            return OutlineSpec.of(read);
        }
        return (OutlineSpec) ctxt.handleUnexpectedToken(ctxt.constructType(OutlineSpec.class), p);
    }

    @Override
    public Class<?> handledType() {
        return OutlineSpec.class;
    }
}
