/** Test support for plugin authors: a plugin loaded into an in-memory platform, sources built in code, a block context over the plugin's messages. */
module vn.baocao.testkit {
    requires transitive vn.baocao.api;

    exports vn.baocao.testkit;
}
