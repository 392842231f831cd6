/**
 * Program plugin: legal dissemination, education and mobilisation of ethnic-minority communities
 * (Đề án phổ biến, giáo dục pháp luật và tuyên truyền, vận động, QĐ 1163/QĐ-TTg).
 */
module vn.baocao.plugin.legaleducation {
    requires vn.baocao.api;

    provides vn.baocao.api.spi.ProgramTypeProvider with vn.baocao.plugin.legaleducation.LegalEducationPlugin;
}
