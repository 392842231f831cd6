package vn.baocao.api.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VersionRangeTest {

    @ParameterizedTest
    @CsvSource({
            "'>=0.1 & <1.0', 0.2.0-SNAPSHOT, true",
            "'>=0.1 & <1.0', 0.9.9,          true",
            "'>=0.1 & <1.0', 1.0.0,          false",
            "'>=0.2',        0.1.5,          false",
            "'=0.1.3',       0.1.3,          true",
            "'*',            7.0,            true"})
    void admitsTheVersionsItNames(String range, String version, boolean admitted) {
        assertThat(VersionRange.parse(range).admits(Version.parse(version))).isEqualTo(admitted);
    }

    @Test
    void refusesSomethingThatIsNotARange() {
        assertThatThrownBy(() -> VersionRange.parse(">=one")).isInstanceOf(IllegalArgumentException.class);
    }
}
