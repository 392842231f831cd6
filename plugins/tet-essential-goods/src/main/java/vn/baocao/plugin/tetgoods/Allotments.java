package vn.baocao.plugin.tetgoods;

import java.math.BigDecimal;

/**
 * What each household and person receives, what it may cost, and how far the reported quantities may
 * stray from that (rounding, packaging, households added late).
 *
 * @param fishSaucePerHousehold litres of fish sauce a household
 * @param cookingOilPerHousehold litres of cooking oil a household
 * @param saltPerHousehold kilograms of iodised salt a household (one press source says 1 kg a
 *                         person: a province using that rule configures it)
 * @param msgPerPerson kilograms of monosodium glutamate a person
 * @param costCeilingPerHousehold the highest average cost a household, in đồng
 * @param tolerancePercent how far a quantity may differ from its allotment, in percent
 */
record Allotments(BigDecimal fishSaucePerHousehold, BigDecimal cookingOilPerHousehold, BigDecimal saltPerHousehold,
                  BigDecimal msgPerPerson, BigDecimal costCeilingPerHousehold, BigDecimal tolerancePercent) {

    /** Quảng Ngãi's resolution for 2019–2025: 2 l fish sauce, 1 l oil, 5 kg salt a household, 100 g MSG a person, at most 180,000 đồng a household. */
    static final Allotments QUANG_NGAI_2019_2025 = new Allotments(new BigDecimal("2"), new BigDecimal("1"), new BigDecimal("5"),
            new BigDecimal("0.1"), new BigDecimal("180000"), new BigDecimal("5"));
}
