package vn.baocao.core.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a YAML parser message readable: the parser's sentences without the echoed source lines, and
 * the position of the problem itself, which the parser prints more precisely than it reports it (a
 * tab at the start of line 6 is reported at the end of line 5).
 */
final class YamlErrorText {
    private static final Pattern MARK = Pattern.compile("^\\s*in reader, line (\\d+), column (\\d+):\\s*$");

    /** The sentences, the last place the message names, and every place it names in order. */
    record Parsed(String message, Optional<LocationIndex.Position> position, List<LocationIndex.Position> marks) {}

    private YamlErrorText() {}

    static Parsed parse(String original) {
        List<String> sentences = new ArrayList<>();
        LocationIndex.Position last = null;
        List<LocationIndex.Position> marks = new ArrayList<>();
        String[] lines = original == null ? new String[0] : original.split("\n");
        for (int i = 0; i < lines.length; i++) {
            Matcher mark = MARK.matcher(lines[i]);
            if (mark.matches()) {
                last = new LocationIndex.Position(Integer.parseInt(mark.group(1)), Integer.parseInt(mark.group(2)));
                marks.add(last);
                i += 2; // the echoed source line and its caret
            } else if (!lines[i].isBlank()) {
                sentences.add(lines[i].strip());
            }
        }
        return new Parsed(String.join("; ", sentences), Optional.ofNullable(last), marks);
    }
}
