package vn.baocao.plugin.tetgoods;

import java.math.BigDecimal;
import java.util.List;
import vn.baocao.api.indicator.Category;
import vn.baocao.api.indicator.Disaggregation;
import vn.baocao.api.indicator.Indicator;
import vn.baocao.api.indicator.TargetKind;
import vn.baocao.api.indicator.ValueType;
import vn.baocao.api.period.Period;
import vn.baocao.api.text.LocalizedText;

/** What the Tết policy hands out and spends, each Tết (see docs/plugins/tet-essential-goods.md). */
final class TetGoodsIndicators {
    static final String HOUSEHOLDS = "TG_HOUSEHOLDS";
    static final String PERSONS = "TG_PERSONS";
    static final String FISH_SAUCE = "TG_FISH_SAUCE";
    static final String COOKING_OIL = "TG_COOKING_OIL";
    static final String SALT = "TG_SALT";
    static final String MSG = "TG_MSG";
    static final String SPENDING = "TG_SPENDING";
    static final String ALLOCATION = "TG_ALLOCATION";

    /** The ethnic groups of Quảng Ngãi's mountainous districts. */
    static final Disaggregation ETHNIC_GROUP = Disaggregation.of("ETHNIC_GROUP", "Dân tộc", "Ethnic group",
            Category.of("HRE", "Hrê", "Hrê"),
            Category.of("COR", "Cor", "Cor"),
            Category.of("CA_DONG", "Ca Dong", "Ca Dong"),
            Category.of("XO_DANG", "Xơ Đăng", "Xơ Đăng"),
            Category.of("OTHER", "Dân tộc khác", "Other groups"));

    private static final LocalizedText RESOLUTION = LocalizedText.of("Nghị quyết HĐND tỉnh Quảng Ngãi thông qua ngày 10/10/2018",
            "Quảng Ngãi People's Council resolution of 10 October 2018");

    private TetGoodsIndicators() {}

    static List<Indicator> all() {
        return List.of(
                Indicator.builder(HOUSEHOLDS).name("Số hộ được cấp", "Households served").unit("hộ", "households")
                        .disaggregation(ETHNIC_GROUP).build(),
                Indicator.builder(PERSONS).name("Số khẩu được cấp", "Persons served").unit("khẩu", "persons").build(),
                quantity(FISH_SAUCE, "Nước mắm đã cấp", "Fish sauce handed out", "lít", "litres"),
                quantity(COOKING_OIL, "Dầu ăn đã cấp", "Cooking oil handed out", "lít", "litres"),
                quantity(SALT, "Muối iốt đã cấp", "Iodised salt handed out", "kg", "kg"),
                quantity(MSG, "Bột ngọt đã cấp", "Monosodium glutamate handed out", "kg", "kg"),
                Indicator.builder(SPENDING).name("Kinh phí thực hiện", "Spending").unit("đồng", "đồng").valueType(ValueType.MONEY)
                        .target(Period.parse("2019/2025"), TargetKind.AT_MOST, new BigDecimal("68000000000"), RESOLUTION).build(),
                Indicator.builder(ALLOCATION).name("Kinh phí được phân bổ", "Allocation").unit("đồng", "đồng").valueType(ValueType.MONEY).build());
    }

    private static Indicator quantity(String code, String vi, String en, String unitVi, String unitEn) {
        return Indicator.builder(code).name(vi, en).unit(unitVi, unitEn).valueType(ValueType.NUMBER).build();
    }
}
