package vn.baocao.core.assemble;

import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.baocao.api.spi.ReportBlock;
import vn.baocao.core.assemble.blocks.DocumentsIssuedBlock;
import vn.baocao.core.assemble.blocks.ConsolidatedAgenciesBlock;
import vn.baocao.core.assemble.blocks.ConsolidatedModelsBlock;
import vn.baocao.core.assemble.blocks.ConsolidatedTotalsBlock;
import vn.baocao.core.assemble.blocks.DataAnnexBlock;
import vn.baocao.core.assemble.blocks.IndicatorComparisonBlock;
import vn.baocao.core.assemble.blocks.IndicatorTableBlock;
import vn.baocao.core.assemble.blocks.ProgramsCarriedOutBlock;
import vn.baocao.core.assemble.blocks.RegisteredModelsBlock;
import vn.baocao.core.plugin.Registry;

/** The report blocks a source may place: the platform's own, then those plugins contribute, by id. */
public final class BlockCatalog {
    private static List<ReportBlock> builtIn() {
        return List.of(new DocumentsIssuedBlock(), new ProgramsCarriedOutBlock(),
                new RegisteredModelsBlock(), new vn.baocao.core.assemble.blocks.CampaignActivitiesBlock(), new IndicatorTableBlock(), new IndicatorComparisonBlock(), new DataAnnexBlock(), new vn.baocao.core.assemble.blocks.ChartBlock(),
                new ConsolidatedAgenciesBlock(), new ConsolidatedTotalsBlock(), new ConsolidatedModelsBlock());
    }

    /** The ids of the platform's own blocks, which no plugin block may take. */
    public static final Set<String> BUILT_IN_IDS = builtIn().stream().map(ReportBlock::id).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final Map<String, ReportBlock> blocks = new LinkedHashMap<>();

    @Inject
    public BlockCatalog(Registry registry) {
        builtIn().forEach(block -> blocks.put(block.id(), block));
        // by id, not in the order the plugins happen to load, so listings and the schema stay the same;
        // the loader refused any plugin block whose id is a built-in one
        registry.blocks().stream().map(Registry.Owned::item).sorted(java.util.Comparator.comparing(ReportBlock::id))
                .forEach(block -> blocks.put(block.id(), block));
    }

    public Optional<ReportBlock> find(String id) {
        return Optional.ofNullable(blocks.get(id));
    }

    public Map<String, ReportBlock> all() {
        return java.util.Collections.unmodifiableMap(blocks);
    }
}
