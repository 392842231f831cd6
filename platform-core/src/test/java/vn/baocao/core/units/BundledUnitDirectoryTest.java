package vn.baocao.core.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.baocao.api.unit.AdministrativeUnit;
import vn.baocao.api.unit.UnitLevel;

/** The shipped unit data, before and after the reorganisation of 1 July 2025. */
class BundledUnitDirectoryTest {
    private static final LocalDate BEFORE = LocalDate.of(2024, 12, 31);
    private static final LocalDate AFTER = LocalDate.of(2025, 7, 1);
    private final BundledUnitDirectory units = new BundledUnitDirectory();

    @Test
    void todayQuangNgaiHasNinetySixCommunesDirectlyUnderTheProvince() {
        assertThat(units.children("51", AFTER)).hasSize(96).allSatisfy(u -> assertThat(u.level()).isEqualTo(UnitLevel.COMMUNE));
    }

    @Test
    void beforeTheReorganisationQuangNgaiHadDistrictsWithCommunesUnderThem() {
        assertThat(units.children("51", BEFORE)).isNotEmpty().allSatisfy(u -> assertThat(u.level()).isEqualTo(UnitLevel.DISTRICT));
        AdministrativeUnit city = units.unit("522", BEFORE).orElseThrow();
        assertThat(city.name()).isEqualTo("Thành phố Quảng Ngãi");
        assertThat(units.unit("522", AFTER)).isEmpty();
        assertThat(units.children("522", BEFORE)).extracting(AdministrativeUnit::code).contains("21010");
    }

    @Test
    void theWholeCountryHasThirtyFourProvincesAndThreeThousandThreeHundredTwentyOneCommunes() {
        long provinces = java.util.stream.IntStream.rangeClosed(1, 99)
                .mapToObj(i -> String.format("%02d", i))
                .filter(code -> units.unit(code, AFTER).filter(u -> u.level() == UnitLevel.PROVINCE).isPresent())
                .count();
        long communes = java.util.stream.IntStream.rangeClosed(1, 99)
                .mapToObj(i -> String.format("%02d", i))
                .mapToLong(code -> units.children(code, AFTER).size())
                .sum();
        assertThat(provinces).isEqualTo(34);
        assertThat(communes).isEqualTo(3321);
    }

    @Test
    void anOldCommuneNamesItsSuccessorAndTheResolution() {
        var succession = units.succession("21010").orElseThrow();
        assertThat(succession.toCodes()).containsExactly("21028");
        assertThat(succession.legalBasis()).contains("1677/NQ-UBTVQH15");
        assertThat(units.unit("21028", AFTER).orElseThrow().name()).isEqualTo("Phường Nghĩa Lộ");
    }

    @Test
    void aCodeReusedByANewUnitResolvesByDate() {
        assertThat(units.unitsWithCode("23284")).hasSize(2);
        assertThat(units.unit("23284", BEFORE).orElseThrow().name()).isEqualTo("Phường Duy Tân");
        assertThat(units.unit("23284", AFTER).orElseThrow().name()).isEqualTo("Phường Đăk Cấm");
    }

    @Test
    void konTumMergedIntoQuangNgai() {
        assertThat(units.unit("62", BEFORE)).isPresent();
        assertThat(units.unit("62", AFTER)).isEmpty();
        assertThat(units.succession("62").orElseThrow().toCodes()).containsExactly("51");
        assertThat(units.isKnown("62")).isTrue();
        assertThat(units.isKnown("99999")).isFalse();
    }
}
