package vn.baocao.core.read;

import java.math.BigDecimal;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import vn.baocao.core.data.NumberGrammar;
import vn.baocao.core.data.NumberStyle;
import vn.baocao.core.i18n.MessageRef;

/**
 * Reads a figure of a source as the data files' figures are read, by the one number grammar: YAML
 * would take {@code 14.000} for fourteen where an agency means fourteen thousand, and {@code 1e3}
 * for a thousand. Each is refused with its readings, and the reading goes on.
 */
final class FigureDeserializer extends ValueDeserializer<BigDecimal> {

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) {
        JsonToken token = p.currentToken();
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT && token != JsonToken.VALUE_STRING) {
            return (BigDecimal) ctxt.handleUnexpectedToken(ctxt.constructType(BigDecimal.class), p);
        }
        // the figure as written in the file, not as the parser has already read it
        String written = p.getString().strip();
        NumberGrammar grammar = new NumberGrammar();
        if (!grammar.parse(written, NumberStyle.UNDECLARED)) {
            // a source has no number style of its own to declare: its hint is to write the digits alone
            boolean styleHint = grammar.hint().key().startsWith("number.grouped") || grammar.hint().key().startsWith("number.decimalComma");
            ProblemCollector.of(ctxt).add(ReadProblem.error(grammar.problem().key(), ProblemCollector.pointer(p), grammar.problem(),
                    styleHint ? MessageRef.of("number.hint") : grammar.hint()));
            return null;
        }
        return BigDecimal.valueOf(grammar.unscaled(), grammar.scale());
    }

    @Override
    public Class<?> handledType() {
        return BigDecimal.class;
    }
}
