package vn.baocao.core.units;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.baocao.api.unit.UnitLevel;

/**
 * One step of a reorganisation, as a file of unit changes states it: on {@code date}, the units
 * {@code from} ceased in the form they had and the units {@code to} took over their area.
 *
 * @param at where the change is written ({@code file /changes/3}), for messages
 */
public record UnitChange(LocalDate date, Kind kind, List<Ref> from, List<Ref> to, String basis, String at) {

    public UnitChange {
        from = List.copyOf(from);
        to = List.copyOf(to);
    }

    /** What happened; each kind has its own shape, checked when the file is read. */
    public enum Kind {
        /** Units merged into one (a new unit, or one of them that carries on): several from, one to. */
        MERGE,
        /** One unit divided among several: one from, several to. */
        SPLIT,
        /** Units dissolved, their area governed by the unit above (Lý Sơn's communes in 2020): one to. */
        ABOLISH,
        /** The same code made another kind of unit (a commune made a ward, a district a town). */
        RECLASSIFY,
        /** The same code under another name. */
        RENAME,
        /** The same code under another parent (a commune of a district merged into another). */
        TRANSFER
    }

    /**
     * A unit on one side of a change. On the {@code from} side it is described as it was (name,
     * level, parent) unless it is a unit the platform already knows in that form; on the {@code to}
     * side a code is enough, and {@code isNew} marks a code that did not exist before the change.
     */
    public record Ref(String code, Optional<String> name, Optional<UnitLevel> level, Optional<String> parent, boolean isNew, String at) {}
}
