package vn.baocao.api.period;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * The days whose events a report for a period counts (thời gian chốt số liệu), both ends inclusive.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record DataWindow(LocalDate from, LocalDate to) {

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
