package vn.baocao.api.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import vn.baocao.api.text.LocalizedText;

/**
 * One option a report block takes, as a source writes it under the block's {@code options}. The
 * platform checks every use of a block against what it declares, so that a misspelt or wrong option
 * is refused at its line instead of silently changing the document; the same declaration feeds
 * {@code baocao blocks} and the JSON Schema editors complete from.
 *
 * @param name the key in {@code options}
 * @param type what its value must be
 * @param required whether every use of the block must give it
 * @param allowed the values a {@link Type#CHOICE} takes; empty for the other types
 * @param meaning what it changes, in both languages, including what is used when it is left out
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record BlockOption(String name, Type type, boolean required, List<String> allowed, LocalizedText meaning) {

    /** What an option's value must be; the platform checks each against what it knows. */
    @API(status = EXPERIMENTAL, since = "0.2")
    public enum Type {
        /** Any text, written into the document as given. */
        TEXT,
        /** A calendar year: {@code 2023}. */
        YEAR,
        /** A period code: {@code 2023}, {@code 2023H1}, {@code 2023Q2}, {@code 2023-06}, {@code 2021/2025}. */
        PERIOD,
        /** A day: {@code 2023-12-31}. */
        DATE,
        /** The id of a program type a loaded plugin contributes. */
        PROGRAM_TYPE,
        /** The code of an indicator in the catalogue. */
        INDICATOR,
        /** The code of an administrative unit the platform knows. */
        UNIT,
        /** One of {@link BlockOption#allowed()}. */
        CHOICE
    }

    public BlockOption {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(meaning, "meaning");
        allowed = List.copyOf(allowed);
        if ((type == Type.CHOICE) == allowed.isEmpty()) {
            throw new IllegalArgumentException("option " + name + ": a choice lists its values, other types list none");
        }
    }

    /** An option a use of the block may leave out. */
    public static BlockOption optional(String name, Type type, LocalizedText meaning) {
        return new BlockOption(name, type, false, List.of(), meaning);
    }

    /** An option every use of the block must give. */
    public static BlockOption required(String name, Type type, LocalizedText meaning) {
        return new BlockOption(name, type, true, List.of(), meaning);
    }

    /** An option that may be left out and otherwise takes one of the values listed. */
    public static BlockOption choice(String name, List<String> allowed, LocalizedText meaning) {
        return new BlockOption(name, Type.CHOICE, false, allowed, meaning);
    }
}
