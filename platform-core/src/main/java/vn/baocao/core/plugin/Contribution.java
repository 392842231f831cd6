package vn.baocao.core.plugin;

import jakarta.validation.ConstraintValidator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import vn.baocao.api.indicator.DerivedIndicator;
import vn.baocao.api.indicator.Indicator;
import vn.baocao.api.program.ProgramType;
import vn.baocao.api.rule.DataRule;
import vn.baocao.api.spi.BundleResources;
import vn.baocao.api.spi.PlatformServices;
import vn.baocao.api.spi.ProgramContext;
import vn.baocao.api.spi.ReportBlock;
import vn.baocao.api.spi.Setting;
import vn.baocao.api.spi.ValidationRule;
import vn.baocao.api.version.Version;

/**
 * What one plugin registers, held apart until the whole of it is accepted: a plugin whose third
 * indicator conflicts must not leave its first two behind.
 */
final class Contribution implements ProgramContext {

    /** A message bundle asked for: read through the plugin's own resources, or (the 0.1 way) through its opened package. */
    record BundleRequest(String baseName, Optional<BundleResources> resources) {}

    private final Version platformVersion;
    private final Map<String, Object> settings;
    final Set<String> settingsDeclared;
    final Set<String> settingsRead = new LinkedHashSet<>();
    final List<ProgramType> programTypes = new ArrayList<>();
    final List<Indicator> indicators = new ArrayList<>();
    final List<ValidationRule> rules = new ArrayList<>();
    final List<DataRule> dataRules = new ArrayList<>();
    final List<DerivedIndicator> derived = new ArrayList<>();
    final List<ReportBlock> blocks = new ArrayList<>();
    final List<BundleRequest> bundles = new ArrayList<>();
    final List<Class<?>> validators = new ArrayList<>();
    final Map<Class<?>, Function<PlatformServices, ?>> validatorFactories = new LinkedHashMap<>();
    private boolean closed;

    /**
     * A contribution whose settings read the installation's values (by key, already parsed with the
     * declared settings) and otherwise their defaults.
     */
    Contribution(Version platformVersion, Set<String> settingsDeclared, Map<String, Object> settings) {
        this.platformVersion = platformVersion;
        this.settingsDeclared = Set.copyOf(settingsDeclared);
        this.settings = Map.copyOf(settings);
    }

    @Override
    public Version platformVersion() {
        return platformVersion;
    }

    @Override
    public void addProgramType(ProgramType programType) {
        open().programTypes.add(Objects.requireNonNull(programType, "programType"));
    }

    @Override
    public void addIndicator(Indicator indicator) {
        open().indicators.add(Objects.requireNonNull(indicator, "indicator"));
    }

    @Override
    public void addRule(ValidationRule rule) {
        open().rules.add(Objects.requireNonNull(rule, "rule"));
    }

    @Override
    public void addDerivedIndicator(DerivedIndicator indicator) {
        open().derived.add(Objects.requireNonNull(indicator, "indicator"));
    }

    @Override
    public void addDataRule(DataRule rule) {
        open().dataRules.add(Objects.requireNonNull(rule, "rule"));
    }

    @Override
    public void addReportBlock(ReportBlock block) {
        open().blocks.add(Objects.requireNonNull(block, "block"));
    }

    @Override
    public void addConstraintValidator(Class<? extends ConstraintValidator<?, ?>> validator) {
        open().validators.add(Objects.requireNonNull(validator, "validator"));
    }

    @Override
    public <V extends ConstraintValidator<?, ?>> void addConstraintValidator(Class<V> validator, Function<PlatformServices, V> factory) {
        open().validators.add(Objects.requireNonNull(validator, "validator"));
        validatorFactories.put(validator, Objects.requireNonNull(factory, "factory"));
    }

    @Override
    public void addMessages(String bundleBaseName) {
        open().bundles.add(new BundleRequest(Objects.requireNonNull(bundleBaseName, "bundleBaseName"), Optional.empty()));
    }

    @Override
    public void addMessages(String bundleBaseName, BundleResources resources) {
        open().bundles.add(new BundleRequest(Objects.requireNonNull(bundleBaseName, "bundleBaseName"),
                Optional.of(Objects.requireNonNull(resources, "resources"))));
    }

    @Override
    public <T> T setting(Setting<T> setting) {
        settingsRead.add(setting.key());
        Object value = settings.get(setting.key());
        // values were parsed with the declared setting of the same key; a setting not declared reads its default
        @SuppressWarnings("unchecked")
        T typed = value == null ? setting.defaultValue() : (T) value;
        return typed;
    }

    /** Ends registration: a plugin that keeps the context and calls it later gets an exception. */
    void close() {
        closed = true;
    }

    private Contribution open() {
        if (closed) {
            throw new IllegalStateException("contributions are accepted only during contribute()");
        }
        return this;
    }
}
