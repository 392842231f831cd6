package vn.baocao.api.service;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import vn.baocao.api.indicator.Indicator;
import vn.baocao.api.program.ProgramType;

/**
 * The program types and indicators of all loaded plugins. A plugin's constraint validator may have
 * it injected ({@code @jakarta.inject.Inject} constructor).
 */
@API(status = STABLE, since = "0.1")
public interface IndicatorCatalog {

    Optional<Indicator> indicator(String code);

    List<Indicator> indicators();

    Optional<ProgramType> programType(String id);

    List<ProgramType> programTypes();
}
