package vn.baocao.app.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import vn.baocao.core.i18n.Language;

/** Accepts {@code vi} or {@code en} for {@code --lang}; the language itself is read before parsing. */
public final class LanguageOption implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
        return Language.parse(value).map(l -> l.getLanguage())
                .orElseThrow(() -> new TypeConversionException("'" + value + "' (vi|en)"));
    }
}
