package vn.baocao.core.assemble;

import java.util.Optional;
import vn.baocao.api.service.UnitDirectory;
import vn.baocao.core.data.ValueStore;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.baocao.api.document.DocumentReference;
import vn.baocao.api.report.DocumentLines;
import vn.baocao.api.report.Section;
import vn.baocao.api.service.IndicatorCatalog;
import vn.baocao.api.spi.AssembledReport;
import vn.baocao.api.spi.AssembledReport.AssembledAnnex;
import vn.baocao.api.spi.AssembledReport.AssembledSection;
import vn.baocao.api.spi.BlockContent;
import vn.baocao.api.spi.BlockContext;
import vn.baocao.api.spi.ReportBlock;
import vn.baocao.api.spi.RuleSubject;
import vn.baocao.api.spi.TextRun;
import vn.baocao.core.outline.OutlineCatalog;
import vn.baocao.core.source.Annex;
import vn.baocao.core.source.ContentItem;
import vn.baocao.core.source.OutlineSpec;
import vn.baocao.core.source.ReportSource;

/**
 * Puts a report together from its source: numbers the outline's sections, writes out narrative with
 * its citations, and computes the blocks. The source must have passed {@code SourceChecker}.
 */
public final class ReportAssembler {
    private final OutlineCatalog outlines;
    private final BlockCatalog blocks;
    private final IndicatorCatalog indicators;
    private final DocumentMessages text;
    private final UnitDirectory units;

    @Inject
    public ReportAssembler(OutlineCatalog outlines, BlockCatalog blocks, IndicatorCatalog indicators, DocumentMessages text,
                           UnitDirectory units) {
        this.outlines = outlines;
        this.blocks = blocks;
        this.indicators = indicators;
        this.text = text;
        this.units = units;
    }

    public AssembledReport assemble(ReportSource source) {
        return assemble(source, Optional.empty());
    }

    /** Assembles a source with the values of its data files, which the data blocks read. */
    public AssembledReport assemble(ReportSource source, Optional<ValueStore> values) {
        return assemble(source, values, List.of());
    }

    /** Assembles a source with its data's values and, for a summary, the agencies' sources it brings together. */
    public AssembledReport assemble(ReportSource source, Optional<ValueStore> values, List<ReportSource> consolidated) {
        Inputs inputs = new Inputs(values, List.copyOf(consolidated));
        Map<String, DocumentReference> documents = documentsBySymbol(source);
        List<AssembledSection> sections = sections(sectionsOf(source.outline()), 1, source, inputs, documents);
        List<BlockContent> closing = source.closing()
                .map(c -> List.<BlockContent>of(new BlockContent.Paragraph(Narrative.runs(c, documents))))
                .orElse(List.of());
        return new AssembledReport(source.report(), sections, closing, annexes(source, inputs, documents));
    }

    /** The annexes after the signature: "Phụ lục" alone, or numbered I, II, … when there are several. */
    private List<AssembledAnnex> annexes(ReportSource source, Inputs inputs, Map<String, DocumentReference> documents) {
        List<AssembledAnnex> annexes = new ArrayList<>();
        int count = source.annexes().size();
        for (int i = 0; i < count; i++) {
            Annex annex = source.annexes().get(i);
            List<BlockContent> content = new ArrayList<>();
            for (ContentItem item : annex.content()) {
                content.addAll(content(item, source, inputs, documents));
            }
            String label = count == 1 ? "Phụ lục" : "Phụ lục " + SectionNumbers.roman(i + 1);
            annexes.add(new AssembledAnnex(label, annex.title(), DocumentLines.annexLine(source.report()), content));
        }
        return annexes;
    }

    /**
     * One use of a block on a subject, as a report computes it, with no data files: the testkit
     * renders a plugin's block so. The options must have passed {@code BlockOptions}.
     */
    public List<BlockContent> compute(String blockId, RuleSubject subject, Map<String, String> options) {
        ReportBlock block = blocks.find(blockId).orElseThrow(() -> new IllegalArgumentException("no block " + blockId));
        return block.compute(new Context(subject, Map.copyOf(options), new Inputs(Optional.empty(), List.of())));
    }

    /**
     * A use of a block that gives the document nothing: it yields no content, or it fails (asking
     * for a message no bundle has, or otherwise).
     */
    public record SilentBlock(String pointer, String blockId, boolean failed, Optional<String> missingMessage) {}

    /**
     * The blocks a source places that would write nothing into its document, at the pointer of
     * their {@code block} field, so that the checker warns instead of a section quietly missing a table.
     */
    public List<SilentBlock> silentBlocks(ReportSource source, Optional<ValueStore> values, List<ReportSource> consolidated) {
        Inputs inputs = new Inputs(values, List.copyOf(consolidated));
        List<SilentBlock> silent = new ArrayList<>();
        Map<String, List<ContentItem>> placed = new LinkedHashMap<>();
        source.content().forEach((sectionId, items) -> placed.put("/content/" + sectionId.replace("~", "~0").replace("/", "~1"), items));
        for (int a = 0; a < source.annexes().size(); a++) {
            placed.put("/annexes/" + a + "/content", source.annexes().get(a).content());
        }
        placed.forEach((at, items) -> {
            for (int i = 0; i < items.size(); i++) {
                ContentItem item = items.get(i);
                Optional<ReportBlock> block = item.block().flatMap(blocks::find);
                if (block.isEmpty()) continue;
                String pointer = at + "/" + i + "/block";
                try {
                    if (block.get().compute(new Context(source, item.options(), inputs)).isEmpty()) {
                        silent.add(new SilentBlock(pointer, block.get().id(), false, Optional.empty()));
                    }
                } catch (vn.baocao.core.i18n.MissingMessageException e) {
                    silent.add(new SilentBlock(pointer, block.get().id(), true, Optional.of(e.key())));
                } catch (RuntimeException e) {
                    silent.add(new SilentBlock(pointer, block.get().id(), true, Optional.empty()));
                }
            }
        });
        return silent;
    }

    /** The sections of the outline a source follows. */
    public List<Section> sectionsOf(OutlineSpec spec) {
        return spec.ref().map(id -> outlines.find(id).orElseThrow(() -> new IllegalArgumentException("unknown outline " + id)).sections())
                .orElse(spec.sections());
    }

    /** The documents narrative may cite, by their printed number and symbol. */
    public static Map<String, DocumentReference> documentsBySymbol(ReportSource source) {
        Map<String, DocumentReference> documents = new LinkedHashMap<>();
        source.allDocuments().forEach(d -> documents.putIfAbsent(d.number().toString(), d));
        return documents;
    }

    /** What the data blocks read besides the source. */
    private record Inputs(Optional<ValueStore> values, List<ReportSource> consolidated) {}

    private List<AssembledSection> sections(List<Section> outline, int level, ReportSource source, Inputs inputs,
                                            Map<String, DocumentReference> documents) {
        List<AssembledSection> assembled = new ArrayList<>();
        for (int i = 0; i < outline.size(); i++) {
            Section section = outline.get(i);
            List<BlockContent> content = new ArrayList<>();
            for (ContentItem item : section.id().map(id -> source.content().getOrDefault(id, List.of())).orElse(List.of())) {
                content.addAll(content(item, source, inputs, documents));
            }
            assembled.add(new AssembledSection(level, SectionNumbers.of(level, i + 1), section.heading(), section.runIn(),
                    content, sections(section.sections(), level + 1, source, inputs, documents)));
        }
        return assembled;
    }

    private List<BlockContent> content(ContentItem item, ReportSource source, Inputs inputs,
                                       Map<String, DocumentReference> documents) {
        if (item.paragraph().isPresent()) {
            return List.of(new BlockContent.Paragraph(Narrative.runs(item.paragraph().get(), documents)));
        }
        if (item.bullet().isPresent()) {
            return List.of(new BlockContent.BulletList(List.of(new BlockContent.Paragraph(Narrative.runs(item.bullet().get(), documents)))));
        }
        ReportBlock block = blocks.find(item.block().orElseThrow()).orElseThrow();
        return block.compute(new Context(source, item.options(), inputs));
    }

    /** What one use of a block sees. */
    private final class Context implements DataBlockContext {
        private final RuleSubject source;
        private final Map<String, String> options;
        private final Inputs inputs;

        Context(RuleSubject source, Map<String, String> options, Inputs inputs) {
            this.source = source;
            this.options = options;
            this.inputs = inputs;
        }

        @Override
        public Optional<ValueStore> values() {
            return inputs.values();
        }

        @Override
        public List<ReportSource> consolidated() {
            return inputs.consolidated();
        }

        @Override
        public UnitDirectory units() {
            return units;
        }

        @Override
        public List<vn.baocao.api.indicator.DerivedIndicator> derivedIndicators() {
            return indicators instanceof vn.baocao.core.plugin.Registry registry ? registry.derivedIndicators() : List.of();
        }

        @Override
        public RuleSubject source() {
            return source;
        }

        @Override
        public IndicatorCatalog indicators() {
            return indicators;
        }

        @Override
        public Map<String, String> options() {
            return options;
        }

        @Override
        public String message(String key, Object... arguments) {
            return text.messages().require(key, arguments);
        }

        @Override
        public List<TextRun> inline(String narrative) {
            return Narrative.emphasis(narrative);
        }
    }
}
