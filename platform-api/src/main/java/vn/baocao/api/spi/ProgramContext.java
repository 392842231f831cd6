package vn.baocao.api.spi;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.ConstraintValidator;
import org.apiguardian.api.API;
import vn.baocao.api.indicator.Indicator;
import vn.baocao.api.program.ProgramType;
import vn.baocao.api.version.Version;

/**
 * What a program plugin may register. New capabilities arrive as new default methods, so a plugin
 * compiled against an older API keeps working.
 */
@API(status = STABLE, since = "0.1")
public interface ProgramContext {

    /** The version of the platform the plugin is loaded into. */
    Version platformVersion();

    void addProgramType(ProgramType programType);

    /** Adds an indicator; its code must be unique across all plugins. */
    void addIndicator(Indicator indicator);

    /** Adds an indicator computed by a formula from others; its code must be unique among all indicators. */
    void addDerivedIndicator(vn.baocao.api.indicator.DerivedIndicator indicator);

    void addRule(ValidationRule rule);

    /** Adds a rule over indicator values, checked for every unit and period with values. */
    void addDataRule(vn.baocao.api.rule.DataRule rule);

    void addReportBlock(ReportBlock block);

    /**
     * Adds a validator for a constraint annotation, the plugin's own or the API's. The platform
     * builds it, so its {@code @jakarta.inject.Inject} constructor may ask for platform services
     * ({@link vn.baocao.api.service.IndicatorCatalog}, {@link vn.baocao.api.service.UnitDirectory}).
     * Its package must be opened to {@code com.google.guice}.
     */
    void addConstraintValidator(Class<? extends ConstraintValidator<?, ?>> validator);

    /**
     * Adds a message bundle of the plugin's own module, by base name ({@code vn.example.messages}):
     * Vietnamese in the base file, English in {@code _en}. Rules and blocks use its keys.
     */
    void addMessages(String bundleBaseName);
}
