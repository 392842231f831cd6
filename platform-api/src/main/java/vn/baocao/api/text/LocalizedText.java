package vn.baocao.api.text;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.constraints.NotBlank;
import java.text.Normalizer;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * A text a user reads, in Vietnamese (the default) and English. Both are kept in Unicode NFC so
 * that equal words compare equal whatever keyboard typed them.
 */
@API(status = STABLE, since = "0.1")
public record LocalizedText(@NotBlank String vi, @NotBlank String en) {

    public LocalizedText {
        vi = nfc(vi);
        en = nfc(en);
    }

    /** The same text in both languages, for proper names that are not translated. */
    public static LocalizedText of(String both) {
        return new LocalizedText(both, both);
    }

    public static LocalizedText of(String vi, String en) {
        return new LocalizedText(vi, en);
    }

    /** The text for a locale: English for any English locale, Vietnamese otherwise. */
    public String in(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : vi;
    }

    private static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
