/** Test support for plugin authors: sources built in code and a block context over the plugin's messages. */
module vn.baocao.testkit {
    requires transitive vn.baocao.api;

    exports vn.baocao.testkit;
}
