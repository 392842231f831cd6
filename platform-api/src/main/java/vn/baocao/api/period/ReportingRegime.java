package vn.baocao.api.period;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * How a reporting regime cuts its periods: by the calendar, or by the data cut-off windows of
 * Decree 09/2019/NĐ-CP, under which a month runs from the 15th of the month before to the 14th,
 * so that figures are in before the report is due.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum ReportingRegime {
    /** The period's own days. */
    CALENDAR {
        @Override
        public DataWindow window(Period period) {
            return new DataWindow(period.start(), period.end());
        }
    },
    /**
     * Decree 09/2019/NĐ-CP, Article 12: a month from the 15th of the previous month to the 14th; a
     * quarter from the 15th of the month before it to the 14th of its last month; the first half-year
     * from 15 December of the previous year to 14 June; the second from 15 June to 14 December; a year
     * (and a phase of years) from 15 December of the year before to 14 December.
     */
    DECREE_09_2019 {
        @Override
        public DataWindow window(Period period) {
            LocalDate from = period.start().minusMonths(1).withDayOfMonth(15);
            LocalDate to = period.end().withDayOfMonth(14);
            return new DataWindow(from, to);
        }
    };

    /** The days a report for the period counts. */
    public abstract DataWindow window(Period period);
}
