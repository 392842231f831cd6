package vn.baocao.core.data;

import java.util.Locale;
import java.util.Optional;

/**
 * How a file writes its numbers. Undeclared, a number is read only when it has one reading: a
 * thousands grouping such as {@code 14.000} or {@code 1,234} is refused with both readings shown,
 * since to a Vietnamese reader {@code 14.000} is fourteen thousand and to a program it is fourteen.
 * A file, a report source or the installation may declare its style, and then its groupings are
 * read as that style says.
 */
public enum NumberStyle {
    /** Not declared: digits with an optional {@code .} and decimals; groupings refused. */
    UNDECLARED,
    /** {@code .} is the decimal mark; no grouping ({@code 14.000} is fourteen). */
    PLAIN,
    /** Vietnamese: {@code .} groups thousands, {@code ,} is the decimal mark ({@code 51.300}, {@code 12,5}). */
    VI,
    /** English: {@code ,} groups thousands, {@code .} is the decimal mark ({@code 51,300}, {@code 12.5}). */
    EN;

    /** The style named as in a setting or a file ({@code vi}, {@code en}, {@code plain}). */
    public static Optional<NumberStyle> parse(String text) {
        if (text == null) return Optional.empty();
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "vi" -> Optional.of(VI);
            case "en" -> Optional.of(EN);
            case "plain" -> Optional.of(PLAIN);
            default -> Optional.empty();
        };
    }

    /** The names a user may write. */
    public static String names() {
        return "vi, en, plain";
    }

    /** The name a user writes for it. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
