package vn.baocao.api.report;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The date on a report, which may lack its day until it is signed ("ngày      tháng 6 năm 2023").
 * Written {@code 2023-06-26}, or {@code 2023-06} with the day left blank.
 */
@API(status = STABLE, since = "0.1")
public record IssueDate(YearMonth month, OptionalInt day) {

    private static final Pattern FORM = Pattern.compile("(\\d{4})-(\\d{2})(?:-(\\d{2}))?");

    public IssueDate {
        day = day == null ? OptionalInt.empty() : day;
        if (day.isPresent()) {
            month.atDay(day.getAsInt()); // a day the month does not have is refused here
        }
    }

    public static IssueDate of(LocalDate date) {
        return new IssueDate(YearMonth.from(date), OptionalInt.of(date.getDayOfMonth()));
    }

    /**
     * Parses {@code yyyy-MM} or {@code yyyy-MM-dd}.
     *
     * @throws DateTimeException if the text has another form or names a day that does not exist
     */
    public static IssueDate parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new DateTimeException("not a date in the form yyyy-MM or yyyy-MM-dd: '" + text + "'");
        }
        YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        return new IssueDate(month, m.group(3) == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(m.group(3))));
    }

    /** The full date, once the day is known. */
    public Optional<LocalDate> date() {
        return day.isPresent() ? Optional.of(month.atDay(day.getAsInt())) : Optional.empty();
    }

    @Override
    public String toString() {
        return day.isPresent() ? month + "-" + String.format("%02d", day.getAsInt()) : month.toString();
    }
}
