package vn.baocao.core.read;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.deser.ValueInstantiator;
import vn.baocao.core.i18n.MessageRef;

/**
 * Turns each mismatch Jackson meets into a problem and lets the reading go on with an empty value,
 * so that one pass finds every unknown field and wrong type in a file. The empty value is later
 * skipped by validation, which would otherwise report it again as missing.
 */
final class CollectingProblemHandler extends DeserializationProblemHandler {
    private final ProblemCollector collector;

    CollectingProblemHandler(ProblemCollector collector) {
        this.collector = collector;
    }

    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, ValueDeserializer<?> deserializer,
                                         Object beanOrClass, String propertyName) {
        if (propertyName.equals("<<")) {
            // YAML's merge key: refused as such where it is written (YamlReferences), not as a field
            p.skipChildren();
            return true;
        }
        List<String> known = deserializer == null ? List.of() : knownNames(deserializer.getKnownPropertyNames());
        collector.add(ReadProblems.unknownField(pointerOfProperty(p, propertyName), propertyName, known));
        p.skipChildren();
        return true;
    }

    @Override
    public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String value, String failureMsg) {
        String pointer = ProblemCollector.pointer(ctxt.getParser());
        if (targetType.isEnum()) {
            List<String> choices = Arrays.stream(targetType.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            Optional<String> nearest = Suggestions.nearest(value.toUpperCase(Locale.ROOT), choices);
            collector.add(ReadProblem.error("value.notOneOf", pointer, MessageRef.of("value.notOneOf", value, String.join(", ", choices)),
                    nearest.map(n -> MessageRef.of("value.didYouMean", n)).orElse(null)));
        } else if (targetType == java.time.LocalDate.class) {
            collector.add(ReadProblem.error("value.badDate", pointer, MessageRef.of("value.badDate", value), MessageRef.of("value.badDate.hint")));
        } else {
            collector.add(ReadProblem.error("value.wrongType", pointer,
                    MessageRef.of("value.wrongType", value, MessageRef.of(TypeNames.keyFor(targetType))), hintFor(targetType)));
        }
        return emptyValue(targetType);
    }

    @Override
    public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number value, String failureMsg) {
        collector.add(ReadProblem.error("value.wrongType", ProblemCollector.pointer(ctxt.getParser()),
                MessageRef.of("value.wrongType", value, MessageRef.of(TypeNames.keyFor(targetType))), hintFor(targetType)));
        return emptyValue(targetType);
    }

    @Override
    public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken token, JsonParser p, String failureMsg) {
        Class<?> raw = targetType.getRawClass();
        collector.add(ReadProblem.error("value.wrongType", ProblemCollector.pointer(p),
                MessageRef.of("value.wrongShape", MessageRef.of(shapeKey(token)), MessageRef.of(TypeNames.keyFor(raw))), hintFor(raw)));
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY || token == JsonToken.PROPERTY_NAME) {
            p.skipChildren();
        }
        return emptyValue(raw);
    }

    @Override
    public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass, ValueInstantiator instantiator,
                                            JsonParser p, String msg) {
        JsonToken token = p.currentToken();
        collector.add(ReadProblem.error("value.wrongType", ProblemCollector.pointer(p),
                MessageRef.of("value.wrongShape", MessageRef.of(shapeKey(token)), MessageRef.of(TypeNames.keyFor(instClass))), hintFor(instClass)));
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            p.skipChildren();
        }
        return null;
    }

    @Override
    public Object handleNullForPrimitives(DeserializationContext ctxt, Class<?> targetType, JsonParser p,
                                          ValueDeserializer<?> deserializer, String failureMsg) {
        collector.add(ReadProblem.error("value.null", ProblemCollector.pointer(p),
                MessageRef.of("value.null", MessageRef.of(TypeNames.keyFor(targetType))), hintFor(targetType)));
        return emptyValue(targetType);
    }

    @Override
    public Object handleInstantiationProblem(DeserializationContext ctxt, Class<?> instClass, Object argument, Throwable t) {
        // the record's own exception is a developer's sentence: the place and the platform's words go to the user
        collector.add(ReadProblem.error("value.invalid", ProblemCollector.pointer(ctxt.getParser()),
                MessageRef.of("value.invalid"), MessageRef.of("value.invalid.hint")));
        return null;
    }

    /**
     * Where the unknown property is. The parser may stand on its name, on its value, or inside the
     * value when it is a list or a group: the property's own context is the nearest one named after it.
     */
    private static String pointerOfProperty(JsonParser p, String name) {
        for (TokenStreamContext c = p.streamReadContext(); c != null; c = c.getParent()) {
            if (c.inObject() && name.equals(c.currentName())) {
                return c.pathAsPointer().toString();
            }
        }
        String escaped = name.replace("~", "~0").replace("/", "~1");
        return ProblemCollector.pointer(p) + "/" + escaped;
    }

    private static MessageRef hintFor(Class<?> type) {
        return MessageRef.of("hint." + TypeNames.keyFor(type));
    }

    private static String shapeKey(JsonToken token) {
        return ReadProblems.shapeKey(token);
    }

    private static Object emptyValue(Class<?> type) {
        if (!type.isPrimitive()) return null;
        if (type == boolean.class) return Boolean.FALSE;
        if (type == int.class) return 0;
        if (type == long.class) return 0L;
        if (type == double.class) return 0.0d;
        if (type == float.class) return 0.0f;
        if (type == short.class) return (short) 0;
        if (type == byte.class) return (byte) 0;
        return '\0';
    }

    private static List<String> knownNames(Collection<Object> names) {
        return names == null ? List.of() : names.stream().map(String::valueOf).sorted(Comparator.naturalOrder())
                .collect(Collectors.toList());
    }
}
