/** The province's own program plugin: the policy for prestigious persons in ethnic-minority communities. */
module vn.gov.quangngai.bandantoc.uytin {
    requires vn.baocao.api;

    provides vn.baocao.api.spi.ProgramTypeProvider with vn.gov.quangngai.bandantoc.uytin.PrestigiousPersonsPlugin;
}
