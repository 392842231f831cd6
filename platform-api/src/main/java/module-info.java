/**
 * The Baocao platform API: the model every plugin and report speaks, and the SPI through which
 * plugins contribute program types, indicators, validation rules, report blocks and formats.
 *
 * <p>This module depends on nothing but Jakarta Validation (annotations only) and apiguardian, so a
 * plugin built against it never sees the libraries the core happens to use.
 */
module vn.baocao.api {
    requires transitive jakarta.validation;
    requires static transitive org.apiguardian.api;

    exports vn.baocao.api.text;
    exports vn.baocao.api.version;
    exports vn.baocao.api.unit;
    exports vn.baocao.api.period;
    exports vn.baocao.api.indicator;
    exports vn.baocao.api.program;
    exports vn.baocao.api.campaign;
    exports vn.baocao.api.document;
    exports vn.baocao.api.report;
    exports vn.baocao.api.constraints;
    exports vn.baocao.api.spi;
    exports vn.baocao.api.rule;
    exports vn.baocao.api.service;

    // Hibernate Validator reads the constrained fields of the model records.
    opens vn.baocao.api.text to org.hibernate.validator;
    opens vn.baocao.api.unit to org.hibernate.validator;
    opens vn.baocao.api.period to org.hibernate.validator;
    opens vn.baocao.api.indicator to org.hibernate.validator;
    opens vn.baocao.api.program to org.hibernate.validator;
    opens vn.baocao.api.campaign to org.hibernate.validator;
    opens vn.baocao.api.document to org.hibernate.validator;
    opens vn.baocao.api.report to org.hibernate.validator;

    uses vn.baocao.api.spi.ProgramTypeProvider;
}
