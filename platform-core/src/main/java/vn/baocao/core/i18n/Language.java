package vn.baocao.core.i18n;

import java.util.Locale;
import java.util.Optional;

/** The two languages users read: Vietnamese (the default) and English. */
public final class Language {
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private Language() {}

    public static boolean isEnglish(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    /** {@code vi} or {@code en} (any case, with or without a region); empty for anything else. */
    public static Optional<Locale> parse(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        return switch (language) {
            case "vi" -> Optional.of(VIETNAMESE);
            case "en" -> Optional.of(ENGLISH);
            default -> Optional.empty();
        };
    }
}
