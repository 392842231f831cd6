package vn.baocao.core.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.api.unit.AdministrativeUnit;
import vn.baocao.api.unit.UnitLevel;
import vn.baocao.core.i18n.Language;
import vn.baocao.core.i18n.Messages;

/** Quảng Ngãi before Resolution 867/NQ-UBTVQH14 (in force 1 February 2020), and a province's own file of changes. */
class UnitsBefore2020Test {
    private static final LocalDate IN_2019 = LocalDate.of(2019, 12, 31);
    private static final LocalDate IN_2021 = LocalDate.of(2021, 6, 30);
    private static final LocalDate IN_2026 = LocalDate.of(2026, 1, 1);
    private final BundledUnitDirectory units = new BundledUnitDirectory();

    @TempDir
    Path dir;

    @Test
    void in2019TayTraIsADistrictWithNineCommunesAndDucPhoIsADistrictToo() {
        assertThat(units.children("51", IN_2019)).extracting(AdministrativeUnit::name)
                .contains("Huyện Tây Trà", "Huyện Trà Bồng", "Huyện Đức Phổ", "Huyện Lý Sơn").hasSize(14);
        assertThat(units.children("526", IN_2019)).extracting(AdministrativeUnit::name).containsExactly(
                "Xã Trà Thanh", "Xã Trà Khê", "Xã Trà Quân", "Xã Trà Phong", "Xã Trà Lãnh", "Xã Trà Nham", "Xã Trà Xinh", "Xã Trà Thọ",
                "Xã Trà Trung");
        assertThat(units.children("525", IN_2019)).hasSize(10);
        assertThat(units.children("536", IN_2019)).extracting(AdministrativeUnit::name).containsExactly("Xã An Vĩnh", "Xã An Hải", "Xã An Bình");
        assertThat(units.unit("21451", IN_2019).orElseThrow().name()).isEqualTo("Xã Phổ Văn");
        assertThat(units.unit("21439", IN_2019).orElseThrow().name()).isEqualTo("Thị trấn Đức Phổ");
        assertThat(units.children("524", IN_2019)).hasSize(25);
    }

    @Test
    void from2020TayTraIsPartOfTraBongAndDucPhoIsATownWithWards() {
        assertThat(units.unit("526", IN_2021)).isEmpty();
        assertThat(units.children("51", IN_2021)).hasSize(13);
        assertThat(units.children("525", IN_2021)).hasSize(16).extracting(AdministrativeUnit::name).contains("Xã Sơn Trà", "Xã Trà Phong");
        assertThat(units.unit("534", IN_2021).orElseThrow().name()).isEqualTo("Thị xã Đức Phổ");
        assertThat(units.children("534", IN_2021)).filteredOn(u -> u.name().startsWith("Phường")).hasSize(8);
        assertThat(units.children("536", IN_2021)).isEmpty();
        assertThat(units.unit("21154", IN_2019).orElseThrow().parentCode()).contains("526");
        assertThat(units.unit("21154", IN_2021).orElseThrow().parentCode()).contains("525");
    }

    @Test
    void aCommuneOf2019IsCarriedOnThroughEachReorganisationToTheUnitsOf2026() {
        assertThat(successorsIn2026("21151")).containsExactly("21154");   // Trà Quân → Sơn Trà (2020) → Tây Trà (2025)
        assertThat(successorsIn2026("21169")).containsExactly("21157");   // Trà Trung → Trà Tây → Tây Trà Bồng
        assertThat(successorsIn2026("21541")).containsExactly("21548");   // An Vĩnh → huyện Lý Sơn → đặc khu Lý Sơn
        assertThat(successorsIn2026("21514")).containsExactly("21484", "21499");  // Ba Chùa, divided
        assertThat(UnitSuccessors.on(units, units.unit("21151", IN_2019).orElseThrow(), IN_2021)).extracting(AdministrativeUnit::name)
                .containsExactly("Xã Sơn Trà");
        assertThat(units.successions("21148")).extracting(s -> s.effective().getYear()).containsExactly(2020, 2025);
        assertThat(units.successions("21151")).singleElement().satisfies(s -> assertThat(s.legalBasis()).startsWith("867/NQ-UBTVQH14"));
    }

    private List<String> successorsIn2026(String code) {
        return UnitSuccessors.on(units, units.unit(code, IN_2019).orElseThrow(), IN_2026).stream().map(AdministrativeUnit::code).toList();
    }

    @Test
    void anInstallationsFileOfChangesTakesItsProvinceFurtherBack() throws IOException {
        Path file = Files.writeString(dir.resolve("earlier.yaml"), """
                changes:
                  - date: 2019-01-01
                    kind: rename
                    basis: "Nghị quyết thử"
                    from:
                      - {code: "21145", name: "Xã Trà Thanh Cũ", level: commune, parent: "526"}
                    to:
                      - {code: "21145"}
                """);
        BundledUnitDirectory extended = new BundledUnitDirectory(List.of(file));
        assertThat(extended.unit("21145", LocalDate.of(2018, 6, 1)).orElseThrow().name()).isEqualTo("Xã Trà Thanh Cũ");
        assertThat(extended.unit("21145", LocalDate.of(2019, 6, 1)).orElseThrow().name()).isEqualTo("Xã Trà Thanh");
        assertThat(extended.unit("21145", LocalDate.of(2019, 6, 1)).orElseThrow().level()).isEqualTo(UnitLevel.COMMUNE);
    }

    @Test
    void aChangeThatDoesNotFitTheUnitsKnownIsRefusedAtItsPlace() throws IOException {
        assertRefused("""
                changes:
                  - date: 2019-01-01
                    kind: merge
                    basis: "Nghị quyết thử"
                    from:
                      - {code: "21145", name: "Xã Trà Thanh", level: commune, parent: "526"}
                    to:
                      - {code: "21148"}
                """, "/changes/0/from/0: unit 21145 (Xã Trà Thanh) is still in force after 2019-01-01");
        assertRefused("""
                changes:
                  - date: 2019-01-01
                    kind: merge
                    basis: "Nghị quyết thử"
                    from:
                      - {code: "99991"}
                    to:
                      - {code: "21148"}
                """, "/changes/0/from/0: unit 99991 is not known on 2018-12-31");
        assertRefused("""
                changes:
                  - date: 2019-01-01
                    kind: split
                    basis: "Nghị quyết thử"
                    from:
                      - {code: "99991", name: "Xã Thử", level: commune, parent: "526"}
                    to:
                      - {code: "21148"}
                """, "/changes/0: a split needs one unit under from and at least two under to");
        assertRefused("""
                changes:
                  - date: 2019-02-30
                    kind: merge
                """, "/changes/0/date: “2019-02-30” is not a date");
        assertRefused("""
                changes:
                  - date: 2019-01-01
                    kind: join
                """, "/changes/0/kind: there is no kind of change “join”");
    }

    private void assertRefused(String yaml, String message) throws IOException {
        Path file = Files.writeString(dir.resolve("changes.yaml"), yaml);
        Messages english = Messages.platform(Language.ENGLISH);
        assertThatThrownBy(() -> new BundledUnitDirectory(List.of(file)).check())
                .isInstanceOfSatisfying(UnitChangesException.class, e -> {
                    assertThat(e.reason().render(english)).startsWith(file + " " + message);
                    assertThat(e.hint().render(english)).isNotBlank().doesNotContain("units.changes");
                });
    }
}
