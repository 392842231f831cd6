package vn.baocao.core.read;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.core.i18n.MessageRef;

/**
 * Says a YAML or JSON syntax error in the platform's words, at the place the user must change: the
 * parsers' own sentences are English, name Java settings and often point past the fault (at the
 * colon after a duplicate key, at the end of the file for an unclosed quote). Each kind the parsers
 * report is recognised from their message and placed again from the text; anything else is said as
 * a plain "not valid here", never in the library's words.
 */
final class SyntaxErrors {
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:Object property|field) \"(.*)\"");
    private static final Pattern UNEXPECTED = Pattern.compile("Unexpected character \\('(.+?)' \\(code \\d+\\)\\)");
    private static final Pattern NON_STANDARD = Pattern.compile("Non-standard token '([^']*)'");
    private static final Pattern KEY = Pattern.compile("^[A-Za-z][A-Za-z0-9_-]*:\\s+");
    private static final Pattern UNRECOGNIZED = Pattern.compile("Unrecognized token '([^']*)'");

    /** What the user reads: the message key and its arguments, the hint, and the place. */
    record Said(String code, MessageRef message, MessageRef hint, LocationIndex.Position at) {}

    private SyntaxErrors() {}

    /**
     * @param original the parser's message
     * @param marks the places the parser's message names, in order (YAML names the start of the
     *              construct and the place it failed); for JSON the one place of the error
     * @param text the file's text
     */
    static Said say(String format, String original, List<LocationIndex.Position> marks, String text) {
        String message = original == null ? "" : original;
        LocationIndex.Position reported = marks.isEmpty() ? new LocationIndex.Position(1, 1) : marks.get(marks.size() - 1);
        if (message.contains("nesting depth")) {
            Matcher limit = Pattern.compile("maximum allowed \\((\\d+)").matcher(message);
            int max = limit.find() ? Integer.parseInt(limit.group(1)) : 1000;
            return new Said("syntax.tooDeep", MessageRef.of("syntax.tooDeep", max), MessageRef.of("syntax.tooDeep.hint"),
                    whereDeeperThan(text, format, max).orElse(reported));
        }
        Matcher duplicate = DUPLICATE.matcher(message);
        if (duplicate.find()) {
            String key = duplicate.group(1);
            return new Said("syntax.duplicateKey", MessageRef.of("syntax.duplicateKey", key), MessageRef.of("syntax.duplicateKey.hint"),
                    keyBefore(text, reported, format.equals("json") ? "\"" + key + "\"" : key));
        }
        return format.equals("yaml") ? yaml(message, marks, reported, text) : json(message, reported, text);
    }

    private static Said yaml(String message, List<LocationIndex.Position> marks, LocationIndex.Position reported, String text) {
        LocationIndex.Position first = marks.isEmpty() ? reported : marks.get(0);
        if (message.contains("that cannot start any token") && message.contains("TAB")) {
            return new Said("syntax.tab", MessageRef.of("syntax.tab", reported.line()), MessageRef.of("syntax.tab.hint"), reported);
        }
        if (message.contains("while scanning a quoted scalar")) {
            return unclosedQuote(first);
        }
        Optional<LocationIndex.Position> quote = quoteOpenUntil(text, reported.line());
        if (quote.isPresent() && (message.contains("expected <block end>") || message.contains("end of stream"))) {
            // a quote left open swallowed the lines after it, legally, until another quote: the fault is where it opened
            return unclosedQuote(quote.get());
        }
        if (message.contains("mapping values are not allowed here")) {
            LocationIndex.Position start = lineStart(text, reported.line());
            return new Said("syntax.mappingInValue", MessageRef.of("syntax.mappingInValue", reported.line()),
                    MessageRef.of("syntax.mappingInValue.hint"), start);
        }
        if (textAfterQuote(lineText(text, reported.line()))) {
            // "Dân vận khéo" là …: the quoted words were the whole value, and the rest cannot follow them
            return new Said("syntax.textAfterQuote", MessageRef.of("syntax.textAfterQuote", reported.line()),
                    MessageRef.of("syntax.textAfterQuote.hint"), lineStart(text, reported.line()));
        }
        if (message.contains("expected <block end>") || message.contains("expected <block mapping end>")) {
            LocationIndex.Position start = lineStart(text, reported.line());
            return new Said("syntax.indentation", MessageRef.of("syntax.indentation", reported.line()),
                    MessageRef.of("syntax.indentation.hint"), start);
        }
        if (message.contains("could not find expected ':'")) {
            return new Said("syntax.missingColon", MessageRef.of("syntax.missingColon"), MessageRef.of("syntax.missingColon.hint"), first);
        }
        return new Said("syntax.yaml", MessageRef.of("syntax.yaml"), MessageRef.of("syntax.yaml.hint"), reported);
    }

    /** Whether a line's value opens with a quote that closes before the end of the text, with more text after it. */
    static boolean textAfterQuote(String line) {
        String value = line.strip();
        if (value.startsWith("- ")) value = value.substring(2).strip();
        Matcher key = KEY.matcher(value);
        if (key.find()) value = value.substring(key.end());
        if (value.isEmpty() || (value.charAt(0) != '"' && value.charAt(0) != '\'')) return false;
        char quote = value.charAt(0);
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (quote == '"' && c == '\\') {
                i++;
            } else if (c == quote && quote == '\'' && i + 1 < value.length() && value.charAt(i + 1) == '\'') {
                i++;
            } else if (c == quote) {
                String rest = value.substring(i + 1).strip();
                // what may follow a quoted value: nothing, a comment, the next item of a flow list or map, a key's colon
                return !rest.isEmpty() && "#,]}:".indexOf(rest.charAt(0)) < 0;
            }
        }
        return false;
    }

    private static String lineText(String text, int line) {
        String[] lines = text.split("\n", -1);
        return line >= 1 && line <= lines.length ? lines[line - 1] : "";
    }

    private static Said unclosedQuote(LocationIndex.Position at) {
        return new Said("syntax.unclosedQuote", MessageRef.of("syntax.unclosedQuote"), MessageRef.of("syntax.unclosedQuote.hint"), at);
    }

    private static Said json(String message, LocationIndex.Position reported, String text) {
        Matcher nonStandard = NON_STANDARD.matcher(message);
        if (nonStandard.find()) {
            String token = nonStandard.group(1);
            return new Said("syntax.json.notANumber", MessageRef.of("syntax.json.notANumber", token), MessageRef.of("syntax.json.notANumber.hint"),
                    keyBefore(text, reported, token));
        }
        Matcher unrecognized = UNRECOGNIZED.matcher(message);
        if (unrecognized.find()) {
            String token = unrecognized.group(1);
            return new Said("syntax.json.unquoted", MessageRef.of("syntax.json.unquoted", token), MessageRef.of("syntax.json.unquoted.hint"),
                    keyBefore(text, reported, token));
        }
        if (message.contains("end-of-input")) {
            return new Said("syntax.json.unclosed", MessageRef.of("syntax.json.unclosed"), MessageRef.of("syntax.json.unclosed.hint"), reported);
        }
        Matcher unexpected = UNEXPECTED.matcher(message);
        String character = unexpected.find() ? unexpected.group(1) : "";
        if ((character.equals("]") || character.equals("}")) && (message.contains("expected a valid value") || message.contains("double-quote to start"))) {
            return new Said("syntax.json.trailingComma", MessageRef.of("syntax.json.trailingComma", character),
                    MessageRef.of("syntax.json.trailingComma.hint"), commaBefore(text, reported));
        }
        if (message.contains("was expecting comma")) {
            return new Said("syntax.json.missingComma", MessageRef.of("syntax.json.missingComma"), MessageRef.of("syntax.json.missingComma.hint"), reported);
        }
        if (message.contains("was expecting a colon")) {
            return new Said("syntax.json.missingColon", MessageRef.of("syntax.json.missingColon"), MessageRef.of("syntax.json.missingColon.hint"), reported);
        }
        if (message.contains("double-quote to start")) {
            return new Said("syntax.json.unquotedName", MessageRef.of("syntax.json.unquotedName"), MessageRef.of("syntax.json.unquotedName.hint"), reported);
        }
        if (!character.isEmpty()) {
            return new Said("syntax.json.unexpected", MessageRef.of("syntax.json.unexpected", character), MessageRef.of("syntax.json.hint"), reported);
        }
        return new Said("syntax.json", MessageRef.of("syntax.json"), MessageRef.of("syntax.json.hint"), reported);
    }

    /** The last occurrence of {@code written} on the reported line at or before the reported column; the report otherwise. */
    private static LocationIndex.Position keyBefore(String text, LocationIndex.Position reported, String written) {
        String line = line(text, reported.line());
        if (line == null) return reported;
        int limit = Math.min(line.length(), Math.max(0, reported.column() - 1 + written.length()));
        int at = line.lastIndexOf(written, limit);
        if (at < 0) at = line.indexOf(written);
        return at < 0 ? reported : new LocationIndex.Position(reported.line(), line.codePointCount(0, at) + 1);
    }

    /** The comma before the reported place (across line breaks and spaces): the one to remove. */
    private static LocationIndex.Position commaBefore(String text, LocationIndex.Position reported) {
        String[] lines = text.split("\n", -1);
        int lineIndex = Math.min(reported.line(), lines.length) - 1;
        int column = Math.min(reported.column() - 1, lines[lineIndex].length());
        for (int l = lineIndex; l >= 0; l--) {
            String line = lines[l];
            for (int c = (l == lineIndex ? column : line.length()) - 1; c >= 0; c--) {
                char ch = line.charAt(c);
                if (ch == ',') return new LocationIndex.Position(l + 1, line.codePointCount(0, c) + 1);
                if (!Character.isWhitespace(ch) && ch != ']' && ch != '}') return reported;
            }
        }
        return reported;
    }

    /**
     * The first place nested deeper than {@code max}: groups and lists opened by brackets (JSON, and
     * YAML's flow style), and in YAML also by indentation and by "- " items. The parser reports the
     * limit without a place, or at the file's start.
     */
    private static Optional<LocationIndex.Position> whereDeeperThan(String text, String format, int max) {
        String[] lines = text.split("\n", -1);
        java.util.ArrayDeque<Integer> indents = new java.util.ArrayDeque<>();
        int brackets = 0;
        for (int l = 0; l < lines.length; l++) {
            String line = lines[l];
            int indent = 0;
            while (indent < line.length() && line.charAt(indent) == ' ') indent++;
            if (format.equals("yaml") && brackets == 0 && indent < line.length() && line.charAt(indent) != '#') {
                while (!indents.isEmpty() && indents.peek() >= indent) indents.pop();
                indents.push(indent);
                int items = 0;
                for (int c = indent; c + 1 < line.length() && line.charAt(c) == '-' && line.charAt(c + 1) == ' '; c += 2) items++;
                if (indents.size() + items > max) return Optional.of(new LocationIndex.Position(l + 1, indent + 1));
            }
            boolean quoted = false;
            for (int c = 0; c < line.length(); c++) {
                char ch = line.charAt(c);
                if (ch == '"' && (c == 0 || line.charAt(c - 1) != '\\')) quoted = !quoted;
                if (quoted) continue;
                if (ch == '[' || ch == '{') {
                    brackets++;
                    if (brackets + (format.equals("yaml") ? indents.size() : 0) > max) {
                        return Optional.of(new LocationIndex.Position(l + 1, line.codePointCount(0, c) + 1));
                    }
                } else if (ch == ']' || ch == '}') {
                    brackets = Math.max(0, brackets - 1);
                }
            }
        }
        return Optional.empty();
    }

    /** Where the reported line's content starts: the line the user must look at. */
    private static LocationIndex.Position lineStart(String text, int lineNumber) {
        String line = line(text, lineNumber);
        if (line == null) return new LocationIndex.Position(lineNumber, 1);
        int at = 0;
        while (at < line.length() && line.charAt(at) == ' ') at++;
        return new LocationIndex.Position(lineNumber, at + 1);
    }

    /**
     * The double quote that opens a value on an earlier line and stays open up to {@code errorLine}
     * (closing on it or never): YAML reads the lines between as one quoted text.
     */
    private static Optional<LocationIndex.Position> quoteOpenUntil(String text, int errorLine) {
        String[] lines = text.split("\n", -1);
        int openLine = -1;
        int openColumn = -1;
        for (int l = 0; l < Math.min(errorLine, lines.length); l++) {
            String line = lines[l];
            for (int c = 0; c < line.length(); c++) {
                char ch = line.charAt(c);
                if (openLine < 0 && ch == '#' && (c == 0 || line.charAt(c - 1) == ' ')) break; // a comment
                if (ch == '\\' && openLine >= 0) {
                    c++;
                } else if (ch == '"') {
                    if (openLine < 0) {
                        openLine = l;
                        openColumn = c;
                    } else {
                        if (l + 1 == errorLine && l > openLine) {
                            return Optional.of(new LocationIndex.Position(openLine + 1, line(text, openLine + 1).codePointCount(0, openColumn) + 1));
                        }
                        openLine = -1;
                    }
                }
            }
        }
        return openLine >= 0 && openLine + 1 < errorLine
                ? Optional.of(new LocationIndex.Position(openLine + 1, lines[openLine].codePointCount(0, openColumn) + 1))
                : Optional.empty();
    }

    private static String line(String text, int number) {
        String[] lines = text.split("\n", -1);
        return number >= 1 && number <= lines.length ? lines[number - 1] : null;
    }
}
