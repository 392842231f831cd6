package vn.baocao.core.read;

import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import vn.baocao.core.i18n.MessageRef;

/**
 * The problems of reading YAML or JSON, worded once for every reader of such files: the one that
 * binds records (report sources) and those that take a file token by token (files of values).
 */
public final class ReadProblems {
    private ReadProblems() {}

    /** A field the format does not have, with the nearest known name or the list of them. */
    public static ReadProblem unknownField(String pointer, String name, List<String> known) {
        Optional<String> nearest = Suggestions.nearest(name, known);
        // a long "name" with spaces is prose whose colon made YAML read it as a field
        boolean prose = name.contains(" ") && name.length() > 24;
        // digits alone are the rest of a figure a comma split in a flow map ({value: 51,300})
        if (name.matches("[0-9]{1,3}(,[0-9]{3})*")) {
            return ReadProblem.error("field.unknown", pointer, MessageRef.of("field.unknown.digits", name),
                    MessageRef.of("field.unknown.digits.hint"));
        }
        MessageRef hint = prose ? MessageRef.of("field.unknown.colonInText")
                : nearest.isPresent() ? MessageRef.of("field.unknown.didYouMean", nearest.get())
                : MessageRef.of("field.unknown.hint", String.join(", ", known));
        return ReadProblem.error("field.unknown", pointer,
                prose ? MessageRef.of("field.unknown.prose", name.substring(0, 24) + "…") : MessageRef.of("field.unknown", name), hint);
    }

    /** Something of another shape (a list, a group of fields) where a value of {@code expected} belongs. */
    public static ReadProblem wrongShape(String pointer, JsonToken found, Class<?> expected) {
        return ReadProblem.error("value.wrongType", pointer,
                MessageRef.of("value.wrongShape", MessageRef.of(shapeKey(found)), MessageRef.of(TypeNames.keyFor(expected))),
                MessageRef.of("hint." + TypeNames.keyFor(expected)));
    }

    /** The message key of what a token is, as the user wrote it ("a list", "a group of fields"). */
    public static String shapeKey(JsonToken token) {
        if (token == null) return "shape.nothing";
        return switch (token) {
            case START_OBJECT, PROPERTY_NAME -> "shape.object";
            case START_ARRAY -> "shape.list";
            case VALUE_STRING -> "shape.text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "shape.number";
            case VALUE_TRUE, VALUE_FALSE -> "shape.boolean";
            case VALUE_NULL -> "shape.nothing";
            default -> "shape.other";
        };
    }

    /** A syntax error in the platform's words, at the place to change (the text is the file's, to place it). */
    public static ReadProblem syntax(JacksonException e, String format, String text) {
        TokenStreamLocation at = e.getLocation();
        List<LocationIndex.Position> marks = new java.util.ArrayList<>();
        if (format.equals("yaml")) {
            marks.addAll(YamlErrorText.parse(e.getOriginalMessage()).marks());
        }
        if (marks.isEmpty() && at != null && at.getLineNr() > 0) {
            marks.add(new LocationIndex.Position(at.getLineNr(), Math.max(1, at.getColumnNr())));
        }
        SyntaxErrors.Said said = SyntaxErrors.say(format, e.getOriginalMessage(), marks, text);
        return ReadProblem.error(said.code(), "", said.message(), said.hint()).at(said.at());
    }

    static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
