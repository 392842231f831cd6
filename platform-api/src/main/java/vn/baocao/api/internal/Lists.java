package vn.baocao.api.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Defensive copies for record components. Unlike {@code List.copyOf} these keep null elements, so
 * that a record read from a user's file can be built and then validated: the validator reports the
 * null element with its location, where a thrown exception would stop the reading.
 */
public final class Lists {
    private Lists() {}

    public static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
