package vn.baocao.server.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import vn.baocao.core.read.SourceReader;

/**
 * A report source laid out by its outline for the editor: the header fields, each section's
 * paragraphs and blocks, the documents with their symbols, the recipients and the signature, each
 * with the line of the YAML it is written on, so that the editor can take the writer there. Read
 * token by token with the platform's reader, as far as the text parses.
 */
public final class SourceOutline {
    private static final Pattern SECTION_ITEM = Pattern.compile("^/content/([^/]+)/(\\d+)(?:/(block|bullet|heading))?$");
    private static final Pattern OUTLINE_ID = Pattern.compile("^/outline/(\\d+)/id$");
    private static final Pattern HEADER = Pattern.compile("^/report/([A-Za-z]+)$");
    private static final Pattern RECIPIENT = Pattern.compile("^/report/recipients/\\d+$");
    private static final Pattern SIGNATURE = Pattern.compile("^/report/signature/([A-Za-z]+)$");
    private static final Pattern DOCUMENT = Pattern.compile("^/(?:documents|campaign/[A-Za-z]+|campaign/models/\\d+/registration)(?:/\\d+)?/number$");

    private SourceOutline() {}

    /** @param line the YAML line the item is written on */
    public record Item(String label, String value, int line) {}

    public record Part(String title, List<Item> items) {}

    private record Scalar(String value, int line) {}

    static List<Part> of(SourceReader reader, String yaml, Text t) {
        Map<String, Scalar> scalars = scalars(reader, yaml);
        List<Item> header = new ArrayList<>();
        List<Item> recipients = new ArrayList<>();
        List<Item> signature = new ArrayList<>();
        List<Item> documents = new ArrayList<>();
        Map<String, List<Item>> sections = new LinkedHashMap<>();
        List<Item> closing = new ArrayList<>();
        scalars.forEach((pointer, s) -> {
            Matcher m;
            if ((m = HEADER.matcher(pointer)).matches()) {
                header.add(new Item(t.messages().find("web.outline.field." + m.group(1)).orElse(m.group(1)), s.value(), s.line()));
            } else if (RECIPIENT.matcher(pointer).matches()) {
                recipients.add(new Item("", s.value(), s.line()));
            } else if ((m = SIGNATURE.matcher(pointer)).matches()) {
                String field = m.group(1);
                signature.add(new Item(t.messages().find("web.outline.signature." + field)
                        .or(() -> t.messages().find("web.outline.field." + field)).orElse(field), s.value(), s.line()));
            } else if (DOCUMENT.matcher(pointer).matches()) {
                Scalar subject = scalars.get(pointer.substring(0, pointer.length() - "number".length()) + "subject");
                documents.add(new Item(s.value(), subject == null ? "" : subject.value(), s.line()));
            } else if ((m = SECTION_ITEM.matcher(pointer)).matches()) {
                String kind = m.group(3) == null ? "paragraph" : m.group(3);
                sections.computeIfAbsent(m.group(1), k -> new ArrayList<>())
                        .add(new Item(t.get("web.outline.item." + kind), cut(s.value()), s.line()));
            } else if (pointer.equals("/closing")) {
                closing.add(new Item("", cut(s.value()), s.line()));
            }
        });
        List<Part> parts = new ArrayList<>();
        add(parts, t.get("web.outline.header"), header);
        // a section by its heading where the source writes its outline out; by its id otherwise
        Map<String, String> headings = new LinkedHashMap<>();
        scalars.forEach((pointer, s) -> {
            Matcher m = OUTLINE_ID.matcher(pointer);
            if (!m.matches()) return;
            Scalar heading = scalars.get("/outline/" + m.group(1) + "/heading");
            if (heading != null) headings.put(s.value(), heading.value());
        });
        sections.forEach((id, items) -> add(parts, headings.containsKey(id) ? t.get("web.outline.sectionHeading", headings.get(id), id)
                : t.get("web.outline.section", id), items));
        add(parts, t.get("web.outline.closing"), closing);
        add(parts, t.get("web.outline.documents"), documents);
        add(parts, t.get("web.outline.recipients"), recipients);
        add(parts, t.get("web.outline.signature"), signature);
        return parts;
    }

    private static void add(List<Part> parts, String title, List<Item> items) {
        if (!items.isEmpty()) parts.add(new Part(title, items));
    }

    private static String cut(String text) {
        String one = text.replaceAll("\\s+", " ").strip();
        return one.length() <= 90 ? one : one.substring(0, 89) + "…";
    }

    /** Every scalar of the text by its JSON pointer, as far as the text parses. */
    private static Map<String, Scalar> scalars(SourceReader reader, String yaml) {
        Map<String, Scalar> found = new LinkedHashMap<>();
        try (JsonParser p = reader.parser("yaml", yaml)) {
            JsonToken token;
            while ((token = p.nextToken()) != null) {
                if (!token.isScalarValue()) continue;
                found.put(p.streamReadContext().pathAsPointer().toString(), new Scalar(p.getString(), p.currentTokenLocation().getLineNr()));
            }
        } catch (JacksonException e) {
            // the editor shows the checker's message for the error; the outline stops where it is
        }
        return found;
    }
}
