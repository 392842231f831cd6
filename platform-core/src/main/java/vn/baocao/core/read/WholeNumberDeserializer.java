package vn.baocao.core.read;

import java.math.BigDecimal;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import vn.baocao.core.i18n.MessageRef;

/**
 * Reads whole numbers. A decimal ({@code 2.5}) or a number too large becomes a problem and the
 * reading goes on; Jackson's own coercion check would stop the reading at the first one.
 */
final class WholeNumberDeserializer extends ValueDeserializer<Integer> {

    @Override
    public Integer deserialize(JsonParser p, DeserializationContext ctxt) {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            BigDecimal value = p.getDecimalValue();
            try {
                return value.intValueExact();
            } catch (ArithmeticException e) {
                ProblemCollector.of(ctxt).add(ReadProblem.error("value.notWhole", ProblemCollector.pointer(p),
                        MessageRef.of("value.notWhole", value.toPlainString()), MessageRef.of("hint.type.integer")));
                return null;
            }
        }
        if (token == JsonToken.VALUE_STRING) {
            String text = p.getString().strip();
            try {
                return Integer.valueOf(text);
            } catch (NumberFormatException e) {
                return (Integer) ctxt.handleWeirdStringValue(Integer.class, text, "not a whole number");
            }
        }
        return (Integer) ctxt.handleUnexpectedToken(ctxt.constructType(Integer.class), p);
    }

    @Override
    public Class<?> handledType() {
        return Integer.class;
    }
}
