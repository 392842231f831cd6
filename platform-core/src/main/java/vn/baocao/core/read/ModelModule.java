package vn.baocao.core.read;

import java.text.Normalizer;
import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;
import vn.baocao.api.document.DocumentNumber;
import vn.baocao.api.document.DocumentNumberFormatException;
import vn.baocao.api.period.Period;
import vn.baocao.api.period.PeriodFormatException;
import vn.baocao.api.report.IssueDate;
import vn.baocao.core.i18n.MessageRef;
import vn.baocao.core.source.OutlineSpec;

/**
 * Teaches Jackson the model's value types, which are written as codes ({@code 2023Q2},
 * {@code 70/KH-UBND}, {@code 2023-06}), and normalises every text to NFC. A code that does not
 * parse becomes a problem naming what is wrong with it, and the reading goes on.
 */
final class ModelModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    ModelModule() {
        super("baocao-model");
        addDeserializer(String.class, new NfcStringDeserializer());
        addDeserializer(Integer.class, new WholeNumberDeserializer());
        addDeserializer(java.math.BigDecimal.class, new FigureDeserializer());
        addDeserializer(Period.class, new CodeDeserializer<>(Period.class, text -> {
            try {
                return Period.parse(text);
            } catch (PeriodFormatException e) {
                throw new CodeProblem("period." + e.reason(), MessageRef.of("period." + e.reason(), text), MessageRef.of("period.hint"));
            }
        }));
        addDeserializer(DocumentNumber.class, new CodeDeserializer<>(DocumentNumber.class, text -> {
            try {
                return DocumentNumber.parse(text);
            } catch (DocumentNumberFormatException e) {
                throw new CodeProblem("symbol." + e.reason(), MessageRef.of("symbol." + e.reason(), text), MessageRef.of("symbol.hint"));
            }
        }));
        addDeserializer(OutlineSpec.class, new OutlineSpecDeserializer());
        addDeserializer(vn.baocao.core.data.NumberStyle.class, new CodeDeserializer<>(vn.baocao.core.data.NumberStyle.class, false,
                text -> vn.baocao.core.data.NumberStyle.parse(text).orElseThrow(() -> new CodeProblem("numberStyle.unknown",
                        MessageRef.of("numberStyle.unknown", text), MessageRef.of("numberStyle.unknown.hint")))));
        addDeserializer(vn.baocao.api.rule.Operator.class, new CodeDeserializer<>(vn.baocao.api.rule.Operator.class, text -> {
            try {
                return vn.baocao.api.rule.Operator.of(text);
            } catch (IllegalArgumentException e) {
                throw new CodeProblem("rules.operator", MessageRef.of("rules.operator", text), MessageRef.of("rules.operator.hint"));
            }
        }));
        addDeserializer(vn.baocao.api.rule.Tolerance.class, new CodeDeserializer<>(vn.baocao.api.rule.Tolerance.class, text -> {
            try {
                return vn.baocao.api.rule.Tolerance.parse(text);
            } catch (NumberFormatException e) {
                throw new CodeProblem("rules.tolerance", MessageRef.of("rules.tolerance", text), MessageRef.of("rules.tolerance.hint"));
            }
        }));
        // a date is written as a date: Jackson would take a number as days since 1970 (19000 is 08/01/2022)
        addDeserializer(java.time.LocalDate.class, new CodeDeserializer<>(java.time.LocalDate.class, false, text -> {
            try {
                return java.time.LocalDate.parse(text);
            } catch (java.time.format.DateTimeParseException e) {
                throw new CodeProblem("value.badDate", MessageRef.of("value.badDate", text), MessageRef.of("value.badDate.hint"));
            }
        }));
        addDeserializer(IssueDate.class, new CodeDeserializer<>(IssueDate.class, text -> {
            try {
                return IssueDate.parse(text);
            } catch (java.time.DateTimeException e) {
                throw new CodeProblem("issueDate.invalid", MessageRef.of("issueDate.invalid", text), MessageRef.of("issueDate.hint"));
            }
        }));
    }

    /** A code that did not parse, with the message that says why. */
    private static final class CodeProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String code;
        final transient MessageRef message;
        final transient MessageRef hint;

        CodeProblem(String code, MessageRef message, MessageRef hint) {
            super(code, null, false, false);
            this.code = code;
            this.message = message;
            this.hint = hint;
        }
    }

    /** Reads a scalar (text, or a number such as a bare year) and parses it as a code. */
    private static final class CodeDeserializer<T> extends ValueDeserializer<T> {
        private final Class<T> type;
        private final Function<String, T> parse;
        /** Whether a bare number is taken as the code's text (a year as a period); not for a date. */
        private final boolean numbers;

        CodeDeserializer(Class<T> type, Function<String, T> parse) {
            this(type, true, parse);
        }

        CodeDeserializer(Class<T> type, boolean numbers, Function<String, T> parse) {
            this.type = type;
            this.numbers = numbers;
            this.parse = parse;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) {
            JsonToken token = p.currentToken();
            boolean number = token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
            if (token != JsonToken.VALUE_STRING && !(number && numbers)) {
                @SuppressWarnings("unchecked")
                T handled = (T) ctxt.handleUnexpectedToken(ctxt.constructType(type), p);
                return handled;
            }
            String text = Normalizer.normalize(p.getString(), Normalizer.Form.NFC);
            try {
                return parse.apply(text);
            } catch (CodeProblem e) {
                ProblemCollector.of(ctxt).add(ReadProblem.error(e.code, ProblemCollector.pointer(p), e.message, e.hint));
                return null;
            }
        }

        @Override
        public Class<?> handledType() {
            return type;
        }
    }

    /** Jackson's own string reading, with the result in Unicode NFC. */
    private static final class NfcStringDeserializer extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() == JsonToken.VALUE_TRUE || p.currentToken() == JsonToken.VALUE_FALSE) {
                // true or false where a text belongs is never a name: refused (a number is kept as written, digit for digit)
                return (String) ctxt.handleUnexpectedToken(ctxt.constructType(String.class), p);
            }
            String text = super.deserialize(p, ctxt);
            if (text != null && ControlCharacters.first(text) >= 0) {
                // written as an escape ("\u0000", "\v"): no document can hold it
                int c = text.codePointAt(ControlCharacters.first(text));
                ProblemCollector.of(ctxt).add(ReadProblem.error("text.controlCharacter", ProblemCollector.pointer(p),
                        MessageRef.of("text.controlCharacter", ControlCharacters.name(c)), MessageRef.of("text.controlCharacter.hint")));
            }
            return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
        }
    }
}
