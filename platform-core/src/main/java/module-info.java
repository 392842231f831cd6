/**
 * The Baocao platform core: finds and loads plugins (each drop-in in its own module layer), composes
 * what they contribute with Guice, reads sources with Jackson and validates them with Hibernate
 * Validator. Plugins never see these libraries: they speak {@code vn.baocao.api} only.
 */
module vn.baocao.core {
    requires transitive vn.baocao.api;
    requires com.google.guice;
    requires com.google.common;
    requires jakarta.inject;
    requires org.hibernate.validator;
    requires tools.jackson.databind;
    requires tools.jackson.dataformat.yaml;
    // the YAML parser's limits are set where the mapper is built
    requires org.snakeyaml.engine;
    requires com.fasterxml.jackson.annotation;
    requires java.logging;

    // The core is not an API: only the platform's own modules read it (plugins see vn.baocao.api alone).
    exports vn.baocao.core to vn.baocao.app, vn.baocao.server, vn.baocao.excel, vn.baocao.testkit, vn.baocao.benchmarks;
    exports vn.baocao.core.plugin to vn.baocao.app, vn.baocao.server, vn.baocao.excel, vn.baocao.testkit, vn.baocao.benchmarks;
    exports vn.baocao.core.problem to vn.baocao.app, vn.baocao.server, vn.baocao.excel, vn.baocao.testkit, vn.baocao.benchmarks;
    exports vn.baocao.core.read to vn.baocao.app, vn.baocao.server, vn.baocao.excel, vn.baocao.testkit, vn.baocao.benchmarks;
    exports vn.baocao.core.source to vn.baocao.app, vn.baocao.server, vn.baocao.excel, vn.baocao.testkit, vn.baocao.benchmarks;
    exports vn.baocao.core.i18n to vn.baocao.app, vn.baocao.server, vn.baocao.excel, vn.baocao.testkit, vn.baocao.benchmarks;
    exports vn.baocao.core.assemble to vn.baocao.app, vn.baocao.server, vn.baocao.excel, vn.baocao.testkit, vn.baocao.benchmarks;
    exports vn.baocao.core.render to vn.baocao.app, vn.baocao.server, vn.baocao.excel, vn.baocao.testkit, vn.baocao.benchmarks;
    exports vn.baocao.core.schema to vn.baocao.app, vn.baocao.server, vn.baocao.excel, vn.baocao.testkit, vn.baocao.benchmarks;
    exports vn.baocao.core.data to vn.baocao.app, vn.baocao.server, vn.baocao.excel, vn.baocao.testkit, vn.baocao.benchmarks;
    // rule files are read into records of this package
    opens vn.baocao.core.data to tools.jackson.databind;
    exports vn.baocao.core.units to vn.baocao.app, vn.baocao.server, vn.baocao.excel, vn.baocao.testkit, vn.baocao.benchmarks;

    // Guice builds the platform's services and constraint validators.
    opens vn.baocao.core.inject to com.google.guice;
    opens vn.baocao.core.validation to com.google.guice, org.hibernate.validator;
    opens vn.baocao.core.units to com.google.guice;
    opens vn.baocao.core.i18n to com.google.guice;
    opens vn.baocao.core.plugin to com.google.guice;
    opens vn.baocao.core.read to com.google.guice;
    opens vn.baocao.core.assemble to com.google.guice;
    opens vn.baocao.core.outline to com.google.guice;
    opens vn.baocao.core.render to com.google.guice;
    // The report source's root record is validated and read reflectively; its checker is built by Guice.
    opens vn.baocao.core.source to com.google.guice, org.hibernate.validator, tools.jackson.databind;
    exports vn.baocao.core.outline to vn.baocao.app, vn.baocao.server, vn.baocao.excel, vn.baocao.testkit, vn.baocao.benchmarks;

    uses vn.baocao.api.spi.ProgramTypeProvider;
    uses vn.baocao.api.spi.ReportFormatProvider;
    // the Excel reader lives beside the core, so that the spreadsheet library is not one of its modules
    uses vn.baocao.core.data.SpreadsheetReader;
}
