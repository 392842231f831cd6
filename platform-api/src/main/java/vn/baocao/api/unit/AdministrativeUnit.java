package vn.baocao.api.unit;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * An administrative unit (province, district or commune) with the days it exists. Codes follow the
 * national list (QĐ 19/2025/QĐ-TTg and its predecessors): two digits for a province, three for a
 * district, five for a commune. A code may be reused by a new unit after a reorganisation, so a
 * unit is identified by its code together with its validity.
 *
 * @param code the national code
 * @param name the official name with its kind ("Xã Trà Bồng", "Tỉnh Quảng Ngãi")
 * @param level province, district or commune
 * @param parentCode the unit above it while this unit exists; absent for a province
 * @param validity the days it exists
 */
@API(status = STABLE, since = "0.1")
public record AdministrativeUnit(
        @NotBlank @Pattern(regexp = "\\d{2}|\\d{3}|\\d{5}") String code,
        @NotBlank String name,
        @NotNull UnitLevel level,
        Optional<String> parentCode,
        @NotNull @Valid Validity validity) {

    public AdministrativeUnit {
        parentCode = parentCode == null ? Optional.empty() : parentCode;
    }

    public boolean existsOn(LocalDate day) {
        return validity.contains(day);
    }
}
