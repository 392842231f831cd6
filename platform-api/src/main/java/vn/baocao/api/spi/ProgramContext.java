package vn.baocao.api.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.ConstraintValidator;
import java.util.function.Function;
import org.apiguardian.api.API;
import vn.baocao.api.indicator.DerivedIndicator;
import vn.baocao.api.indicator.Indicator;
import vn.baocao.api.program.ProgramType;
import vn.baocao.api.rule.DataRule;
import vn.baocao.api.version.Version;

/**
 * What a program plugin may register. The platform implements it; new capabilities arrive as default
 * methods with their own {@code @API(since)}, so a plugin compiled against an older API keeps working
 * and a platform built against an older API still compiles.
 */
@API(status = STABLE, since = "0.1")
public interface ProgramContext {

    /** The version of the platform the plugin is loaded into. */
    Version platformVersion();

    void addProgramType(ProgramType programType);

    /** Adds an indicator; its code must be unique across all plugins. */
    void addIndicator(Indicator indicator);

    /** Adds an indicator computed by a formula from others; its code must be unique among all indicators. */
    @API(status = EXPERIMENTAL, since = "0.1")
    void addDerivedIndicator(DerivedIndicator indicator);

    @API(status = EXPERIMENTAL, since = "0.1")
    void addRule(ValidationRule rule);

    /** Adds a rule over indicator values, checked for every unit and period with values. */
    @API(status = EXPERIMENTAL, since = "0.1")
    void addDataRule(DataRule rule);

    @API(status = EXPERIMENTAL, since = "0.1")
    void addReportBlock(ReportBlock block);

    /**
     * Adds a validator for a constraint annotation, built by the platform with Guice: its package must
     * be opened to {@code com.google.guice}. Prefer {@link #addConstraintValidator(Class, Function)},
     * which needs no line naming a library in the plugin's {@code module-info}.
     */
    void addConstraintValidator(Class<? extends ConstraintValidator<?, ?>> validator);

    /**
     * Adds a message bundle whose package is opened to {@code vn.baocao.core}. Prefer
     * {@link #addMessages(String, BundleResources)}, which needs no {@code opens} line.
     */
    void addMessages(String bundleBaseName);

    /**
     * Adds a message bundle of the plugin's own module, by base name ({@code vn.example.messages}):
     * Vietnamese in the base file, English in {@code _en}, both UTF-8. Rules and blocks use its keys,
     * each beginning with the plugin's id and a dot ({@code my-plugin.rule.tooMany}).
     *
     * <pre>{@code context.addMessages("vn.example.messages", MyPlugin.class::getResourceAsStream);}</pre>
     */
    @API(status = EXPERIMENTAL, since = "0.2")
    default void addMessages(String bundleBaseName, BundleResources resources) {
        addMessages(bundleBaseName);
    }

    /**
     * Adds a validator for a constraint annotation (the plugin's own, in an exported package, or the
     * API's), made by the plugin from what the platform gives it.
     *
     * <pre>{@code context.addConstraintValidator(EvenValidator.class, services -> new EvenValidator(services.indicators()));}</pre>
     */
    @API(status = EXPERIMENTAL, since = "0.2")
    default <V extends ConstraintValidator<?, ?>> void addConstraintValidator(Class<V> validator, Function<PlatformServices, V> factory) {
        addConstraintValidator(validator);
    }

    /**
     * The value in force of one of the plugin's {@link ProgramTypeProvider#settings() settings}: the
     * installation's, or else the default.
     */
    @API(status = EXPERIMENTAL, since = "0.2")
    default <T> T setting(Setting<T> setting) {
        return setting.defaultValue();
    }
}
