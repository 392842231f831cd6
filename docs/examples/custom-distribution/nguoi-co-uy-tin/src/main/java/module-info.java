/** The province's own program plugin: the policy for prestigious persons in ethnic-minority communities. */
module vn.gov.quangngai.bandantoc.uytin {
    requires vn.baocao.api;

    provides vn.baocao.api.spi.ProgramTypeProvider with vn.gov.quangngai.bandantoc.uytin.PrestigiousPersonsPlugin;

    // the platform reads the message bundle in this package
    opens vn.gov.quangngai.bandantoc.uytin to vn.baocao.core;
}
