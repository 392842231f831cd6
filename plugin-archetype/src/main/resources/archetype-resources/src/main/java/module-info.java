/** Baocao program plugin: ${programNameEn}. */
module ${package} {
    // the platform's API: the model, the SPI and the stability markers
    requires vn.baocao.api;

    // how the platform finds the plugin (ServiceLoader, in the plugin's own module layer)
    provides vn.baocao.api.spi.ProgramTypeProvider with ${package}.ProgramPlugin;

    // nothing else: no package is opened to the platform or its libraries
}
