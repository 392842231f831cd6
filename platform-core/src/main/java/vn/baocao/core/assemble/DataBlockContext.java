package vn.baocao.core.assemble;

import java.util.Optional;
import vn.baocao.api.service.UnitDirectory;
import vn.baocao.api.spi.BlockContext;
import vn.baocao.core.data.ValueStore;

/**
 * What the platform's own data blocks see beyond a plugin block: the values of the source's data
 * files and the unit directory. Kept out of the API until the value model is settled.
 */
public interface DataBlockContext extends BlockContext {

    /** The values imported from the source's {@code data} files; empty when it names none. */
    Optional<ValueStore> values();

    UnitDirectory units();

    /** The indicators computed by formula from others, for the blocks that show them beside the others. */
    java.util.List<vn.baocao.api.indicator.DerivedIndicator> derivedIndicators();

    /** For a summary report, the agencies' checked sources, their figures completed from their data. */
    java.util.List<vn.baocao.core.source.ReportSource> consolidated();
}
