package vn.baocao.server;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.TreeMap;
import vn.baocao.api.period.Period;
import vn.baocao.api.period.ReportingRegime;

/**
 * When entry for a period closes: at the end of the day {@code days} after the data cut-off of the
 * program's reporting regime (Decree 09/2019: the 14th of the period's last month), in the
 * installation's time zone. Each program may have a regime and a number of days of its own; a
 * program whose days are {@code none} stays open.
 *
 * <pre>
 * server.deadline.regime=DECREE_09_2019        # or CALENDAR: the period's own last day
 * server.deadline.days=6                       # entry closes at the end of the 20th
 * server.deadline.days.child-marriage=none     # this program stays open
 * server.timeZone=Asia/Ho_Chi_Minh
 * </pre>
 */
public record EntryDeadlines(ReportingRegime regime, OptionalInt days, Map<String, ReportingRegime> regimes,
                             Map<String, OptionalInt> programDays, ZoneId zone) {
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Six days after the 14th: the units' figures are in before the province's report is due on the 25th. */
    public static final int DEFAULT_DAYS = 6;

    public EntryDeadlines {
        regimes = Map.copyOf(regimes);
        programDays = Map.copyOf(programDays);
    }

    public static EntryDeadlines defaults() {
        return new EntryDeadlines(ReportingRegime.DECREE_09_2019, OptionalInt.of(DEFAULT_DAYS), Map.of(), Map.of(), VIETNAM);
    }

    /** Entry never closes: for installations that take in the figures of past years. */
    public static EntryDeadlines none() {
        return new EntryDeadlines(ReportingRegime.DECREE_09_2019, OptionalInt.empty(), Map.of(), Map.of(), VIETNAM);
    }

    /**
     * From the installation's settings.
     *
     * @throws IllegalArgumentException naming the setting and its value, when one cannot be read
     */
    public static EntryDeadlines of(Properties file) {
        ReportingRegime regime = regime("server.deadline.regime", file.getProperty("server.deadline.regime", ReportingRegime.DECREE_09_2019.name()));
        OptionalInt days = days("server.deadline.days", file.getProperty("server.deadline.days", Integer.toString(DEFAULT_DAYS)));
        Map<String, ReportingRegime> regimes = new TreeMap<>();
        Map<String, OptionalInt> programDays = new TreeMap<>();
        for (String name : file.stringPropertyNames()) {
            if (name.startsWith("server.deadline.regime.")) {
                regimes.put(name.substring("server.deadline.regime.".length()), regime(name, file.getProperty(name)));
            } else if (name.startsWith("server.deadline.days.")) {
                programDays.put(name.substring("server.deadline.days.".length()), days(name, file.getProperty(name)));
            }
        }
        String zone = file.getProperty("server.timeZone", VIETNAM.getId()).strip();
        try {
            return new EntryDeadlines(regime, days, regimes, programDays, ZoneId.of(zone));
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("server.timeZone=" + zone);
        }
    }

    /** The last day on which the program's values for the period may be entered; empty when entry stays open. */
    public java.util.Optional<LocalDate> lastDay(String program, Period period) {
        OptionalInt after = programDays.getOrDefault(program, days);
        if (after.isEmpty()) return java.util.Optional.empty();
        return java.util.Optional.of(regimes.getOrDefault(program, regime).window(period).to().plusDays(after.getAsInt()));
    }

    private static ReportingRegime regime(String name, String value) {
        try {
            return ReportingRegime.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + "=" + value);
        }
    }

    private static OptionalInt days(String name, String value) {
        String text = value.strip();
        if (text.equalsIgnoreCase("none")) return OptionalInt.empty();
        try {
            int n = Integer.parseInt(text);
            if (n < 0 || n > 366) throw new NumberFormatException();
            return OptionalInt.of(n);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + "=" + value);
        }
    }
}
