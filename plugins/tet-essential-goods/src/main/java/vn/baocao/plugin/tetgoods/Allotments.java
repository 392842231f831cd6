package vn.baocao.plugin.tetgoods;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import vn.baocao.api.spi.Setting;
import vn.baocao.api.text.LocalizedText;

/**
 * What each household and person receives, what it may cost, and how far the reported quantities may
 * stray from that (rounding, packaging, households added late). Provinces set their own by resolution:
 * each is a setting of the plugin, Quảng Ngãi's resolution for 2019–2025 its default (2 l fish sauce,
 * 1 l oil, 5 kg salt a household, 100 g MSG a person, at most 180,000 đồng a household).
 *
 * @param fishSaucePerHousehold litres of fish sauce a household
 * @param cookingOilPerHousehold litres of cooking oil a household
 * @param saltPerHousehold kilograms of iodised salt a household (one press source says 1 kg a
 *                         person: a province using that rule sets it)
 * @param msgPerPerson kilograms of monosodium glutamate a person
 * @param costCeilingPerHousehold the highest average cost a household, in đồng
 * @param tolerancePercent how far a quantity may differ from its allotment, in percent
 */
record Allotments(BigDecimal fishSaucePerHousehold, BigDecimal cookingOilPerHousehold, BigDecimal saltPerHousehold,
                  BigDecimal msgPerPerson, BigDecimal costCeilingPerHousehold, BigDecimal tolerancePercent) {

    static final Setting<BigDecimal> FISH_SAUCE = Setting.decimal("allotment.fish-sauce-per-household", "2",
            LocalizedText.of("Nước mắm cấp cho mỗi hộ (lít)", "Fish sauce for each household (litres)"));
    static final Setting<BigDecimal> COOKING_OIL = Setting.decimal("allotment.cooking-oil-per-household", "1",
            LocalizedText.of("Dầu ăn cấp cho mỗi hộ (lít)", "Cooking oil for each household (litres)"));
    static final Setting<BigDecimal> SALT = Setting.decimal("allotment.salt-per-household", "5",
            LocalizedText.of("Muối iốt cấp cho mỗi hộ (kg)", "Iodised salt for each household (kg)"));
    static final Setting<BigDecimal> MSG = Setting.decimal("allotment.msg-per-person", "0.1",
            LocalizedText.of("Bột ngọt cấp cho mỗi khẩu (kg)", "Monosodium glutamate for each person (kg)"));
    static final Setting<BigDecimal> CEILING = Setting.decimal("cost-ceiling-per-household", "180000",
            LocalizedText.of("Chi phí bình quân tối đa cho mỗi hộ (đồng)", "Highest average cost for each household (đồng)"));
    static final Setting<BigDecimal> TOLERANCE = Setting.decimal("tolerance-percent", "5",
            LocalizedText.of("Mức lệch cho phép của lượng đã cấp so với định mức (%)", "How far a quantity may differ from its allotment (%)"));

    /** The settings an installation may give, in the order {@code baocao plugins --settings} lists them. */
    static final List<Setting<?>> SETTINGS = List.of(FISH_SAUCE, COOKING_OIL, SALT, MSG, CEILING, TOLERANCE);

    /** Quảng Ngãi's resolution for 2019–2025: the settings' defaults. */
    static final Allotments QUANG_NGAI_2019_2025 = read(Setting::defaultValue);

    /** The allotments in force, each read from its setting. */
    static Allotments read(Function<Setting<BigDecimal>, BigDecimal> value) {
        return new Allotments(value.apply(FISH_SAUCE), value.apply(COOKING_OIL), value.apply(SALT), value.apply(MSG),
                value.apply(CEILING), value.apply(TOLERANCE));
    }
}
