/**
 * Program plugin: free essential goods for ethnic-minority households at Lunar New Year (chính sách
 * cấp không thu tiền một số mặt hàng thiết yếu dịp Tết Nguyên đán).
 */
module vn.baocao.plugin.tetgoods {
    requires vn.baocao.api;

    provides vn.baocao.api.spi.ProgramTypeProvider with vn.baocao.plugin.tetgoods.TetGoodsPlugin;
}
