package vn.baocao.core.source;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.baocao.api.document.DocumentReference;
import vn.baocao.api.report.Section;
import vn.baocao.core.assemble.BlockCatalog;
import vn.baocao.core.assemble.Narrative;
import vn.baocao.core.assemble.ReportAssembler;
import vn.baocao.core.i18n.MessageRef;
import vn.baocao.core.outline.OutlineCatalog;
import vn.baocao.core.read.Suggestions;

/**
 * Checks what ties the parts of a source together: the outline it names exists, its content goes
 * to sections of that outline, each item is one kind, narrative cites only documents the source
 * lists, and every block it places exists and is given the options it takes.
 */
public final class SourceReferences {

    /** A broken reference, at its JSON pointer. */
    public record Finding(String code, String pointer, MessageRef message, MessageRef hint) {}

    private final OutlineCatalog outlines;
    private final BlockCatalog blocks;
    private final BlockOptions options;

    @Inject
    public SourceReferences(OutlineCatalog outlines, BlockCatalog blocks, BlockOptions options) {
        this.outlines = outlines;
        this.blocks = blocks;
        this.options = options;
    }

    public List<Finding> check(ReportSource source) {
        List<Finding> findings = new ArrayList<>();
        List<Section> sections;
        if (source.outline().ref().isPresent()) {
            String id = source.outline().ref().get();
            if (outlines.find(id).isEmpty()) {
                findings.add(new Finding("outline.unknown", "/outline", MessageRef.of("outline.unknown", id),
                        MessageRef.of("outline.unknown.hint", String.join(", ", outlines.ids()))));
                return findings;
            }
            sections = outlines.find(id).get().sections();
        } else {
            sections = source.outline().sections();
            if (sections.isEmpty()) {
                findings.add(new Finding("outline.empty", "/outline", MessageRef.of("outline.empty"), MessageRef.of("outline.empty.hint")));
            }
        }
        Set<String> ids = new HashSet<>();
        collectIds(sections, ids, findings, "/outline", source.outline().ref().isEmpty());
        Map<String, DocumentReference> documents = ReportAssembler.documentsBySymbol(source);
        source.content().forEach((sectionId, items) -> {
            String at = "/content/" + escape(sectionId);
            if (!ids.contains(sectionId)) {
                findings.add(new Finding("content.unknownSection", at, MessageRef.of("content.unknownSection", sectionId),
                        ids.isEmpty() ? MessageRef.of("content.unknownSection.noSections")
                                : MessageRef.of("content.unknownSection.hint", String.join(", ", new java.util.TreeSet<>(ids)))));
            }
            for (int i = 0; i < items.size(); i++) {
                checkItem(items.get(i), at + "/" + i, documents, findings);
            }
        });
        for (int a = 0; a < source.annexes().size(); a++) {
            List<ContentItem> items = source.annexes().get(a).content();
            for (int i = 0; i < items.size(); i++) {
                checkItem(items.get(i), "/annexes/" + a + "/content/" + i, documents, findings);
            }
        }
        source.closing().ifPresent(text -> checkText(text, "/closing", documents, findings));
        findings.addAll(SignatureCheck.check(source.report().signature()));
        findings.addAll(DocumentDates.check(source));
        return findings;
    }

    private void checkItem(ContentItem item, String at, Map<String, DocumentReference> documents, List<Finding> findings) {
        if (item.kinds() != 1) {
            findings.add(new Finding("content.oneKind", at, MessageRef.of("content.oneKind"), MessageRef.of("content.oneKind.hint")));
            return;
        }
        item.paragraph().ifPresent(text -> checkText(text, item.options().isEmpty() ? at : at + "/paragraph", documents, findings));
        item.bullet().ifPresent(text -> checkText(text, at + "/bullet", documents, findings));
        if (item.block().isEmpty()) {
            if (!item.options().isEmpty()) {
                findings.add(new Finding("content.optionsWithoutBlock", at + "/options", MessageRef.of("content.optionsWithoutBlock"),
                        MessageRef.of("content.optionsWithoutBlock.hint")));
            }
            return;
        }
        String id = item.block().get();
        blocks.find(id).ifPresentOrElse(block -> findings.addAll(options.check(block, item.options(), at)),
                () -> findings.add(new Finding("content.unknownBlock", at + "/block", MessageRef.of("content.unknownBlock", id),
                        Suggestions.nearest(id, blocks.all().keySet())
                                .map(n -> MessageRef.of("content.unknownBlock.didYouMean", n))
                                .orElse(MessageRef.of("content.unknownBlock.hint", String.join(", ", blocks.all().keySet()))))));
    }

    private static void checkText(String text, String at, Map<String, DocumentReference> documents, List<Finding> findings) {
        for (Narrative.BadPlaceholder bad : Narrative.check(text, documents)) {
            findings.add(switch (bad.fault()) {
                case MALFORMED -> new Finding("content.malformedPlaceholder", at, MessageRef.of("content.malformedPlaceholder", bad.symbol()),
                        MessageRef.of("content.unknownPlaceholder.hint"));
                case UNKNOWN_KIND -> new Finding("content.unknownPlaceholder", at, MessageRef.of("content.unknownPlaceholder", bad.kind()),
                        MessageRef.of("content.unknownPlaceholder.hint"));
                case NOT_A_YEAR -> new Finding("content.lunarNotAYear", at, MessageRef.of("content.lunarNotAYear", bad.symbol()),
                        MessageRef.of("content.lunarNotAYear.hint"));
                case UNKNOWN_DOCUMENT -> new Finding("content.unknownDocument", at, MessageRef.of("content.unknownDocument", bad.symbol()),
                        MessageRef.of("content.unknownDocument.hint", documents.isEmpty() ? "—" : String.join(", ", documents.keySet())));
            });
        }
    }

    private static void collectIds(List<Section> sections, Set<String> ids, List<Finding> findings, String at, boolean written) {
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            String here = written ? at + "/" + i : at;
            s.id().ifPresent(id -> {
                if (!ids.add(id)) {
                    findings.add(new Finding("outline.duplicateId", here + "/id", MessageRef.of("outline.duplicateId", id),
                            MessageRef.of("outline.duplicateId.hint")));
                }
            });
            collectIds(s.sections(), ids, findings, here + "/sections", written);
        }
    }

    static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }
}
