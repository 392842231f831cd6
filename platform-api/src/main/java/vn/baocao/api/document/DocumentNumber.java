package vn.baocao.api.document;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * A document's number and symbol (số, ký hiệu) in either convention:
 * <ul>
 *   <li>state, with a type: {@code 595/BC-BDT} (number, type code, issuer);</li>
 *   <li>state, an official letter: {@code 375/BDT-CSDT} (issuer, drafting unit, no type);</li>
 *   <li>state, legal texts with a year: {@code 12/2018/QĐ-TTg}, {@code 88/2019/QH14};</li>
 *   <li>Party: {@code 31-KH/TU}.</li>
 * </ul>
 * A report not yet signed has no number: {@code /BC-BDT}. Numbers below 10 print with a leading
 * zero, as Decree 30 requires.
 *
 * @param number the number, absent until the document is signed
 * @param year the year written inside the number of legal texts ({@code 2018} in {@code 12/2018/QĐ-TTg})
 * @param form the convention
 * @param typeCode the type abbreviation, absent for an official letter or a law
 * @param issuerCode the abbreviation of the issuing body, with its drafting unit for a letter
 */
@API(status = STABLE, since = "0.1")
public record DocumentNumber(OptionalInt number, OptionalInt year, SymbolForm form,
                             Optional<String> typeCode, String issuerCode) {

    private static final String PART = "[\\p{L}\\d]+";
    private static final Pattern PARTY = Pattern.compile("(?<number>\\d+)?-(?<type>\\p{L}+)/(?<issuer>" + PART + "(?:-" + PART + ")*)");
    private static final Pattern STATE = Pattern.compile("(?<number>\\d+)?(?:/(?<year>\\d{4}))?/(?<symbol>" + PART + "(?:-" + PART + ")*)");

    public DocumentNumber {
        number = number == null ? OptionalInt.empty() : number;
        year = year == null ? OptionalInt.empty() : year;
        typeCode = typeCode == null ? Optional.empty() : typeCode;
    }

    /**
     * Parses a number and symbol.
     *
     * @throws DocumentNumberFormatException naming what is wrong
     */
    public static DocumentNumber parse(String text) {
        if (text == null || text.isBlank()) {
            throw new DocumentNumberFormatException(text == null ? "" : text, DocumentNumberFormatException.Reason.EMPTY);
        }
        String s = text.strip();
        if (s.chars().anyMatch(Character::isWhitespace)) {
            throw new DocumentNumberFormatException(s, DocumentNumberFormatException.Reason.SPACE);
        }
        Matcher party = PARTY.matcher(s);
        if (party.matches()) {
            return new DocumentNumber(number(party.group("number"), s), OptionalInt.empty(), SymbolForm.PARTY,
                    Optional.of(party.group("type")), party.group("issuer"));
        }
        Matcher state = STATE.matcher(s);
        if (!state.matches()) {
            throw new DocumentNumberFormatException(s, DocumentNumberFormatException.Reason.SYNTAX);
        }
        OptionalInt year = state.group("year") == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(state.group("year")));
        List<String> parts = List.of(state.group("symbol").split("-"));
        boolean typed = parts.size() > 1 && DocumentType.byAbbreviation(parts.get(0)).isPresent();
        return typed
                ? new DocumentNumber(number(state.group("number"), s), year, SymbolForm.STATE,
                        Optional.of(parts.get(0)), String.join("-", parts.subList(1, parts.size())))
                : new DocumentNumber(number(state.group("number"), s), year, SymbolForm.STATE,
                        Optional.empty(), state.group("symbol"));
    }

    private static OptionalInt number(String digits, String text) {
        if (digits == null) {
            return OptionalInt.empty();
        }
        int n;
        try {
            n = Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new DocumentNumberFormatException(text, DocumentNumberFormatException.Reason.NUMBER);
        }
        if (n < 1) {
            throw new DocumentNumberFormatException(text, DocumentNumberFormatException.Reason.NUMBER);
        }
        return OptionalInt.of(n);
    }

    /** The same symbol with a number, as it is given at signing. */
    public DocumentNumber withNumber(int assigned) {
        return new DocumentNumber(OptionalInt.of(assigned), year, form, typeCode, issuerCode);
    }

    public boolean isNumbered() {
        return number.isPresent();
    }

    /** The symbol without the number: {@code BC-BDT}, {@code KH/TU}. */
    public String symbol() {
        return form == SymbolForm.PARTY
                ? typeCode.orElse("") + "/" + issuerCode
                : typeCode.map(t -> t + "-").orElse("") + issuerCode;
    }

    /** The number as printed: two digits at least, or empty when not yet numbered. */
    public String printedNumber() {
        return number.isPresent() ? String.format("%02d", number.getAsInt()) : "";
    }

    @Override
    public String toString() {
        if (form == SymbolForm.PARTY) {
            return printedNumber() + "-" + symbol();
        }
        String y = year.isPresent() ? "/" + year.getAsInt() : "";
        return printedNumber() + y + "/" + symbol();
    }
}
