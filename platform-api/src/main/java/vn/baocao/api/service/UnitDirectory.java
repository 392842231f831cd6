package vn.baocao.api.service;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import vn.baocao.api.unit.AdministrativeUnit;
import vn.baocao.api.unit.UnitSuccession;

/**
 * The administrative units the platform knows, past and present. A plugin's constraint validator
 * may have it injected.
 */
@API(status = STABLE, since = "0.1")
public interface UnitDirectory {

    /** Every unit the platform knows, past and present. */
    List<AdministrativeUnit> units();

    /** The unit that had this code on this day. */
    Optional<AdministrativeUnit> unit(String code, LocalDate day);

    /** Every unit that has had this code, oldest first. */
    List<AdministrativeUnit> unitsWithCode(String code);

    /** The units directly under a unit on a day. */
    List<AdministrativeUnit> children(String code, LocalDate day);

    /** What became of a unit that ceased to exist (the last unit to have the code); empty while it is in force. */
    Optional<UnitSuccession> succession(String code);

    /**
     * Every step the units with this code went through, oldest first: a commune merged in 2020
     * whose code passed to the merged commune, which was merged again in 2025, has two.
     */
    @API(status = EXPERIMENTAL, since = "0.2")
    default List<UnitSuccession> successions(String code) {
        return succession(code).map(List::of).orElse(List.of());
    }

    default boolean isKnown(String code) {
        return !unitsWithCode(code).isEmpty();
    }
}
