/**
 * Program plugin: reducing child marriage and consanguineous marriage in ethnic-minority areas
 * (Đề án giảm thiểu tình trạng tảo hôn và hôn nhân cận huyết thống, QĐ 498/QĐ-TTg).
 */
module vn.baocao.plugin.childmarriage {
    requires vn.baocao.api;

    provides vn.baocao.api.spi.ProgramTypeProvider with vn.baocao.plugin.childmarriage.ChildMarriagePlugin;
}
