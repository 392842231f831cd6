package vn.baocao.core.assemble;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.api.document.Citations;
import vn.baocao.api.document.DocumentNumber;
import vn.baocao.api.document.DocumentReference;
import vn.baocao.api.spi.TextRun;
import vn.baocao.api.text.VietnameseCalendar;

/**
 * The inline markup of narrative: {@code {{cite SYMBOL}}} (full citation), {@code {{ref SYMBOL}}}
 * (type, number and date), {@code {{lunar YEAR}}} (the lunar year's name, "Kỷ Hợi" for 2019),
 * {@code *italic*} and {@code **bold**}. Placeholders are expanded first, so that a cited subject
 * may carry emphasis of its own.
 */
public final class Narrative {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(\\w+)\\s+([^}]*?)\\s*}}");
    /** A brace of placeholder markup, or a single brace before cite or ref, outside any placeholder. */
    private static final Pattern STRAY = Pattern.compile("\\{\\{|}}|\\{\\s*(cite|ref|lunar)\\b");
    private static final Pattern YEAR = Pattern.compile("[1-9][0-9]{3}");

    /** What is wrong with a placeholder. */
    public enum Fault {
        /** It names no document of the source. */
        UNKNOWN_DOCUMENT,
        /** Its kind is none of cite, ref, lunar. */
        UNKNOWN_KIND,
        /** {@code {{lunar X}}} where X is not a year of four digits. */
        NOT_A_YEAR,
        /** Markup that is no placeholder at all ({@code {{cite}}}, {@code {{cite X};}}); its text is the text around it. */
        MALFORMED
    }

    /** A placeholder that cannot be expanded: its kind, what it says (or the text around it), and why. */
    public record BadPlaceholder(String kind, String symbol, Fault fault) {}

    private Narrative() {}

    /** The key a document is cited by: its number and symbol as printed. */
    public static String key(String symbol) {
        try {
            return DocumentNumber.parse(symbol).toString();
        } catch (IllegalArgumentException e) {
            return symbol.strip();
        }
    }

    /** Every placeholder of a text that cannot be expanded. */
    public static List<BadPlaceholder> check(String text, Map<String, DocumentReference> documents) {
        List<BadPlaceholder> bad = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            String kind = m.group(1);
            String argument = m.group(2);
            if (kind.equals("lunar")) {
                if (!YEAR.matcher(argument).matches()) {
                    bad.add(new BadPlaceholder(kind, argument, Fault.NOT_A_YEAR));
                }
            } else if (!kind.equals("cite") && !kind.equals("ref")) {
                bad.add(new BadPlaceholder(kind, argument, Fault.UNKNOWN_KIND));
            } else if (!documents.containsKey(key(argument))) {
                bad.add(new BadPlaceholder(kind, argument, Fault.UNKNOWN_DOCUMENT));
            }
        }
        // what is left of a brace pair once the placeholders are taken out would be printed as
        // written in the signed document: refused instead
        String rest = PLACEHOLDER.matcher(text).replaceAll(" ");
        Matcher stray = STRAY.matcher(rest);
        // the first stray brace of a text is enough to find the mistake; its pair would say it twice
        if (stray.find()) {
            int from = Math.max(0, stray.start() - 12);
            int to = Math.min(rest.length(), stray.end() + 20);
            bad.add(new BadPlaceholder("", rest.substring(from, to).strip(), Fault.MALFORMED));
        }
        return bad;
    }

    /** The text as runs, citations written out. */
    public static List<TextRun> runs(String text, Map<String, DocumentReference> documents) {
        return emphasis(expand(text, documents));
    }

    static String expand(String text, Map<String, DocumentReference> documents) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(expansion(m, documents)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String expansion(Matcher m, Map<String, DocumentReference> documents) {
        if (m.group(1).equals("lunar")) {
            return VietnameseCalendar.lunarYearName(Integer.parseInt(m.group(2)));
        }
        DocumentReference reference = Optional.ofNullable(documents.get(key(m.group(2))))
                .orElseThrow(() -> new IllegalArgumentException("unchecked placeholder " + m.group()));
        return m.group(1).equals("cite") ? Citations.full(reference) : Citations.brief(reference);
    }

    /** Splits {@code **bold**} and {@code *italic*} into runs; an unpaired marker stays as written. */
    public static List<TextRun> emphasis(String text) {
        List<TextRun> runs = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            String marker = text.startsWith("**", i) ? "**" : text.charAt(i) == '*' ? "*" : null;
            int close = marker == null ? -1 : text.indexOf(marker, i + marker.length());
            if (marker != null && close > i + marker.length()) {
                if (plain.length() > 0) {
                    runs.add(TextRun.plain(plain.toString()));
                    plain.setLength(0);
                }
                String inner = text.substring(i + marker.length(), close);
                runs.add(new TextRun(inner, marker.equals("**"), marker.equals("*")));
                i = close + marker.length();
            } else {
                plain.append(text.charAt(i));
                i++;
            }
        }
        if (plain.length() > 0 || runs.isEmpty()) {
            runs.add(TextRun.plain(plain.toString()));
        }
        return runs;
    }
}
