package vn.baocao.api.period;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * A reporting period, written as a code that parses and prints: {@code 2023} (year),
 * {@code 2023H1} (half-year), {@code 2023Q2} (quarter), {@code 2023-06} (month) and
 * {@code 2021/2025} (a phase of whole years).
 *
 * <p>{@link #start()} and {@link #end()} are the calendar bounds, both inclusive. The data cut-off
 * windows of a reporting regime are a separate concern.
 */
@API(status = STABLE, since = "0.1")
public sealed interface Period extends Comparable<Period>
        permits Period.Year, Period.HalfYear, Period.Quarter, Period.Month, Period.Phase {

    /** The lowest and highest year a period code may name. */
    int MIN_YEAR = 1900;
    int MAX_YEAR = 2199;

    PeriodType type();

    /** The code that {@link #parse(String)} reads back. */
    String code();

    LocalDate start();

    LocalDate end();

    default boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    /** Whether this period lies wholly within another one. */
    default boolean within(Period other) {
        return !start().isBefore(other.start()) && !end().isAfter(other.end());
    }

    @Override
    default int compareTo(Period other) {
        int c = start().compareTo(other.start());
        return c != 0 ? c : end().compareTo(other.end());
    }

    /**
     * Parses a period code.
     *
     * @throws PeriodFormatException naming what is wrong with the code
     */
    static Period parse(String code) {
        return PeriodCodes.parse(code);
    }

    /** A calendar year. */
    @API(status = STABLE, since = "0.1")
    record Year(int year) implements Period {
        public Year {
            PeriodCodes.checkYear(year);
        }

        @Override public PeriodType type() { return PeriodType.YEAR; }
        @Override public String code() { return Integer.toString(year); }
        @Override public LocalDate start() { return LocalDate.of(year, 1, 1); }
        @Override public LocalDate end() { return LocalDate.of(year, 12, 31); }
        @Override public String toString() { return code(); }
    }

    /** The first (1) or second (2) half of a year. */
    @API(status = STABLE, since = "0.1")
    record HalfYear(int year, int half) implements Period {
        public HalfYear {
            PeriodCodes.checkYear(year);
            if (half < 1 || half > 2) throw new PeriodFormatException(year + "H" + half, PeriodFormatException.Reason.HALF);
        }

        @Override public PeriodType type() { return PeriodType.HALF_YEAR; }
        @Override public String code() { return year + "H" + half; }
        @Override public LocalDate start() { return LocalDate.of(year, half == 1 ? 1 : 7, 1); }
        @Override public LocalDate end() { return half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31); }
        @Override public String toString() { return code(); }
    }

    /** A quarter, 1 to 4. */
    @API(status = STABLE, since = "0.1")
    record Quarter(int year, int quarter) implements Period {
        public Quarter {
            PeriodCodes.checkYear(year);
            if (quarter < 1 || quarter > 4) throw new PeriodFormatException(year + "Q" + quarter, PeriodFormatException.Reason.QUARTER);
        }

        @Override public PeriodType type() { return PeriodType.QUARTER; }
        @Override public String code() { return year + "Q" + quarter; }
        @Override public LocalDate start() { return LocalDate.of(year, quarter * 3 - 2, 1); }
        @Override public LocalDate end() { return start().plusMonths(3).minusDays(1); }
        @Override public String toString() { return code(); }
    }

    /** A calendar month, 1 to 12. */
    @API(status = STABLE, since = "0.1")
    record Month(int year, int month) implements Period {
        public Month {
            PeriodCodes.checkYear(year);
            if (month < 1 || month > 12) throw new PeriodFormatException(String.format("%d-%02d", year, month), PeriodFormatException.Reason.MONTH);
        }

        @Override public PeriodType type() { return PeriodType.MONTH; }
        @Override public String code() { return String.format("%d-%02d", year, month); }
        @Override public LocalDate start() { return LocalDate.of(year, month, 1); }
        @Override public LocalDate end() { return start().plusMonths(1).minusDays(1); }
        @Override public String toString() { return code(); }
    }

    /** Whole years from {@code firstYear} to {@code lastYear}, such as a program phase 2021–2025. */
    @API(status = STABLE, since = "0.1")
    record Phase(int firstYear, int lastYear) implements Period {
        public Phase {
            PeriodCodes.checkYear(firstYear);
            PeriodCodes.checkYear(lastYear);
            if (lastYear <= firstYear) throw new PeriodFormatException(firstYear + "/" + lastYear, PeriodFormatException.Reason.PHASE_ORDER);
        }

        @Override public PeriodType type() { return PeriodType.PHASE; }
        @Override public String code() { return firstYear + "/" + lastYear; }
        @Override public LocalDate start() { return LocalDate.of(firstYear, 1, 1); }
        @Override public LocalDate end() { return LocalDate.of(lastYear, 12, 31); }
        @Override public String toString() { return code(); }
    }
}

/** The grammar of period codes, kept apart from the period types it builds. */
final class PeriodCodes {
    private static final Pattern CODE = Pattern.compile(
            "(?<year>\\d{4})(?:(?<half>H\\d)|(?<quarter>Q\\d)|-(?<month>\\d{2})|/(?<last>\\d{4}))?");

    private PeriodCodes() {}

    static Period parse(String code) {
        if (code == null || code.isBlank()) {
            throw new PeriodFormatException(code == null ? "" : code, PeriodFormatException.Reason.EMPTY);
        }
        String text = code.trim();
        Matcher m = CODE.matcher(text);
        if (!m.matches()) {
            throw new PeriodFormatException(text, PeriodFormatException.Reason.SYNTAX);
        }
        int year = Integer.parseInt(m.group("year"));
        if (m.group("half") != null) return new Period.HalfYear(year, m.group("half").charAt(1) - '0');
        if (m.group("quarter") != null) return new Period.Quarter(year, m.group("quarter").charAt(1) - '0');
        if (m.group("month") != null) return new Period.Month(year, Integer.parseInt(m.group("month")));
        if (m.group("last") != null) return new Period.Phase(year, Integer.parseInt(m.group("last")));
        return new Period.Year(year);
    }

    static void checkYear(int year) {
        if (year < Period.MIN_YEAR || year > Period.MAX_YEAR) {
            throw new PeriodFormatException(Integer.toString(year), PeriodFormatException.Reason.YEAR_RANGE);
        }
    }
}
