package vn.baocao.core.inject;

import com.google.inject.AbstractModule;
import com.google.inject.Injector;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import vn.baocao.api.service.IndicatorCatalog;
import vn.baocao.api.service.UnitDirectory;
import vn.baocao.core.assemble.BlockCatalog;
import vn.baocao.core.assemble.DocumentMessages;
import vn.baocao.core.i18n.Messages;
import vn.baocao.core.outline.OutlineCatalog;
import vn.baocao.core.plugin.Registry;
import vn.baocao.core.read.SourceReader;
import vn.baocao.core.source.ReportDefaults;
import vn.baocao.core.units.BundledUnitDirectory;
import vn.baocao.core.validation.ValidatorFactories;

/**
 * Composes the platform: what the plugins contributed (the registry), the platform's services that
 * validators and plugins may have injected, and the validator. Expensive parts are built on first
 * use, so that a command that never validates never pays for Hibernate Validator.
 */
public final class PlatformModule extends AbstractModule {
    private final Registry registry;
    private final Messages messages;
    private final DocumentMessages documentMessages;
    private final ReportDefaults reportDefaults;
    private final vn.baocao.core.data.DataSettings data;

    public PlatformModule(Registry registry, Messages messages, DocumentMessages documentMessages,
                          ReportDefaults reportDefaults, vn.baocao.core.data.DataSettings data) {
        this.data = data;
        this.registry = registry;
        this.messages = messages;
        this.documentMessages = documentMessages;
        this.reportDefaults = reportDefaults;
    }

    @Override
    protected void configure() {
        bind(Registry.class).toInstance(registry);
        bind(IndicatorCatalog.class).toInstance(registry);
        bind(Messages.class).toInstance(messages);
        bind(DocumentMessages.class).toInstance(documentMessages);
        bind(ReportDefaults.class).toInstance(reportDefaults);
        bind(OutlineCatalog.class).in(Singleton.class);
        bind(BlockCatalog.class).in(Singleton.class);
        bind(UnitDirectory.class).to(BundledUnitDirectory.class);
        bind(SourceReader.class).in(Singleton.class);
        bind(vn.baocao.core.data.DataSettings.class).toInstance(data);
    }

    @Provides
    @Singleton
    BundledUnitDirectory units() {
        return new BundledUnitDirectory(data.unitChangeFiles());
    }

    @Provides
    @Singleton
    vn.baocao.core.data.ImportJob importJob(UnitDirectory units, SourceReader reader) {
        return new vn.baocao.core.data.ImportJob(registry, units, reader,
                new vn.baocao.core.data.RuleSets(registry, reader, data.ruleFiles()));
    }

    @Provides
    @Singleton
    ValidatorFactory validatorFactory(Injector injector) {
        return ValidatorFactories.build(messages, injector, registry.plugins());
    }

    @Provides
    @Singleton
    Validator validator(ValidatorFactory factory) {
        return factory.getValidator();
    }
}
