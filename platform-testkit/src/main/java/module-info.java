/**
 * Test support for plugin authors: a plugin loaded into the real platform, in memory, through the
 * same loader and acceptance check a distribution uses; sources built in code; rules, data rules and
 * blocks run as a report would run them. A plugin's tests see only this module and the API.
 */
module vn.baocao.testkit {
    requires transitive vn.baocao.api;
    requires vn.baocao.core;

    exports vn.baocao.testkit;
}
