package vn.baocao.core.plugin;

import jakarta.validation.ConstraintValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.baocao.api.indicator.Indicator;
import vn.baocao.api.program.ProgramType;
import vn.baocao.api.spi.ProgramContext;
import vn.baocao.api.spi.ReportBlock;
import vn.baocao.api.spi.ValidationRule;
import vn.baocao.api.version.Version;

/**
 * What one plugin registers, held apart until the whole of it is accepted: a plugin whose third
 * indicator conflicts must not leave its first two behind.
 */
final class Contribution implements ProgramContext {
    private final Version platformVersion;
    final List<ProgramType> programTypes = new ArrayList<>();
    final List<Indicator> indicators = new ArrayList<>();
    final List<ValidationRule> rules = new ArrayList<>();
    final List<vn.baocao.api.rule.DataRule> dataRules = new ArrayList<>();
    final List<vn.baocao.api.indicator.DerivedIndicator> derived = new ArrayList<>();
    final List<ReportBlock> blocks = new ArrayList<>();
    final List<String> bundles = new ArrayList<>();
    final List<Class<?>> validators = new ArrayList<>();
    private boolean closed;

    Contribution(Version platformVersion) {
        this.platformVersion = platformVersion;
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
    public void addDerivedIndicator(vn.baocao.api.indicator.DerivedIndicator indicator) {
        open().derived.add(Objects.requireNonNull(indicator, "indicator"));
    }

    @Override
    public void addDataRule(vn.baocao.api.rule.DataRule rule) {
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
    public void addMessages(String bundleBaseName) {
        open().bundles.add(Objects.requireNonNull(bundleBaseName, "bundleBaseName"));
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
