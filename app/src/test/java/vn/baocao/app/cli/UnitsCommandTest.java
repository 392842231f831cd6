package vn.baocao.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** baocao units: found by name without diacritics or by code, on a day, under a unit; successors shown. */
class UnitsCommandTest {

    @Test
    void aNameTypedWithoutDiacriticsFindsTheUnitWithItsParentValidityAndSuccessor() {
        Run run = Run.of("units", "le", "hong", "phong");
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).containsPattern("21010\\s+Phường Lê Hồng Phong\\s+cấp xã\\s+522 Thành phố Quảng Ngãi\\s+… – 30/06/2025\\s+21028 Phường Nghĩa Lộ");
    }

    @Test
    void onADayOnlyTheUnitsThenInForceAreListed() {
        Run before = Run.of("units", "--on", "2020-01-01", "--under", "522");
        assertThat(before.exitCode()).as(before.all()).isZero();
        assertThat(before.out()).contains("21010").contains("Phường Lê Hồng Phong");
        assertThat(Run.of("units", "--on", "2026-01-01", "le hong phong").out()).contains("Không có đơn vị nào khớp.");
        // the district level is gone from 1 July 2025: nothing is under a district then
        assertThat(Run.of("units", "--on", "2026-01-01", "--under", "522").out()).contains("Không có đơn vị nào khớp.");
    }

    @Test
    void aCodesBeginningFindsTheUnitsWithIt() {
        Run run = Run.of("--lang", "en", "units", "2101");
        assertThat(run.out()).contains("21010").doesNotContainPattern("(?m)^21028").contains("commune").doesNotContain("cấp xã");
    }

    @Test
    void jsonCarriesTheSuccessionWithItsLegalBasis() {
        String json = Run.of("units", "21010", "--output", "json").out().replaceAll("\\s+", "");
        assertThat(json).contains("\"code\":\"21010\"").contains("\"until\":\"2025-06-30\"")
                .contains("\"to\":[\"21028\"]").contains("1677/NQ-UBTVQH15");
    }

    @Test
    void aWrongDayOrAnUnknownUnitIsAUsageErrorWithAHint() {
        Run day = Run.of("units", "--on", "30/06/2019");
        assertThat(day.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(day.err()).contains("“30/06/2019” không phải là một ngày.").contains("2019-06-30");
        Run under = Run.of("--lang", "en", "units", "--under", "999");
        assertThat(under.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(under.err()).contains("There is no administrative unit with code “999”.").contains("baocao units quang ngai");
        Leaks.assertNone(day.all() + under.all());
    }
}
