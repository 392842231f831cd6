package vn.baocao.core.data;

import java.nio.charset.StandardCharsets;
import vn.baocao.api.period.Period;
import vn.baocao.api.period.PeriodFormatException;

/**
 * The periods values are recorded for, as dense ids in the order first seen, each with its first
 * and last month. Month codes ({@code 2023-06}) and years are read from the bytes directly; other
 * codes go through {@link Period#parse}.
 */
final class PeriodTable {
    static final int INVALID = -1;

    private final CodeTable codes = new CodeTable();
    /*
     * Readers on several threads (a large file read on two) look periods up without a lock: the
     * arrays are only ever replaced by grown copies, and an entry is written before the id that
     * names it is published (through monthIds, yearIds or count, all volatile). Adding takes the lock.
     */
    private volatile Period[] periods = new Period[64];
    private volatile int[] first = new int[64];
    private volatile int[] last = new int[64];
    private volatile int count;

    /** Month ids by month index from {@link #MONTH_BASE}, and year ids by year from {@link #YEAR_BASE}: no hashing, no lock. */
    private static final int MONTH_BASE = 1900 * 12;
    private static final int YEAR_BASE = 1900;
    private volatile int[] monthIds = new int[0];
    private volatile int[] yearIds = new int[0];

    /** The id of the period written in {@code bytes[from, to)}, adding it when new; {@link #INVALID} if it does not parse. */
    int find(byte[] bytes, int from, int to) {
        int n = to - from;
        if (n == 7 && bytes[from + 4] == '-') {
            // a month, YYYY-MM: digits checked and read at once, no loop
            int d0 = bytes[from] - '0', d1 = bytes[from + 1] - '0', d2 = bytes[from + 2] - '0', d3 = bytes[from + 3] - '0';
            int d5 = bytes[from + 5] - '0', d6 = bytes[from + 6] - '0';
            if ((d0 | d1 | d2 | d3 | d5 | d6) >= 0 && d0 <= 9 && d1 <= 9 && d2 <= 9 && d3 <= 9 && d5 <= 9 && d6 <= 9) {
                int month = d5 * 10 + d6;
                int index = Months.of(d0 * 1000 + d1 * 100 + d2 * 10 + d3, month) - MONTH_BASE;
                int[] ids = monthIds;
                if (month >= 1 && month <= 12 && index >= 0 && index < ids.length && ids[index] > 0) return ids[index] - 1;
            }
        } else if (n == 4 && digits(bytes, from, 4)) {
            int index = number(bytes, from, 4) - YEAR_BASE;
            int[] ids = yearIds;
            if (index >= 0 && index < ids.length && ids[index] > 0) return ids[index] - 1;
        }
        return findOrAdd(bytes, from, to);
    }

    private synchronized int findOrAdd(byte[] bytes, int from, int to) {
        int id = codes.find(bytes, from, to);
        if (id >= 0) return id;
        Period period;
        try {
            period = parse(bytes, from, to);
        } catch (PeriodFormatException e) {
            return INVALID;
        }
        return add(period, new String(bytes, from, to - from, StandardCharsets.UTF_8));
    }

    synchronized int add(Period period) {
        return add(period, period.code());
    }

    private int add(Period period, String written) {
        int id = codes.add(written);
        if (id == count) {
            if (id == periods.length) {
                periods = java.util.Arrays.copyOf(periods, id * 2);
                first = java.util.Arrays.copyOf(first, id * 2);
                last = java.util.Arrays.copyOf(last, id * 2);
            }
            periods[id] = period;
            first[id] = Months.of(period.start());
            last[id] = Months.of(period.end());
            count = id + 1;
            if (period instanceof Period.Month m && written.equals(m.code())) {
                int index = Months.of(m.year(), m.month()) - MONTH_BASE;
                if (index >= 0 && index < 300 * 12) {
                    int[] ids = index >= monthIds.length ? java.util.Arrays.copyOf(monthIds, Math.max(index + 1, monthIds.length * 2)) : monthIds;
                    ids[index] = id + 1;
                    monthIds = ids;
                }
            } else if (period instanceof Period.Year y && written.equals(y.code())) {
                int index = y.year() - YEAR_BASE;
                if (index >= 0 && index < 300) {
                    int[] ids = index >= yearIds.length ? java.util.Arrays.copyOf(yearIds, Math.max(index + 1, yearIds.length * 2)) : yearIds;
                    ids[index] = id + 1;
                    yearIds = ids;
                }
            }
        }
        return id;
    }

    Period period(int id) {
        return periods[id];
    }

    int firstMonth(int id) {
        return first[id];
    }

    int lastMonth(int id) {
        return last[id];
    }

    int size() {
        return count;
    }

    private static Period parse(byte[] b, int from, int to) {
        int n = to - from;
        if (n == 7 && b[from + 4] == '-' && digits(b, from, 4) && digits(b, from + 5, 2)) {
            return new Period.Month(number(b, from, 4), number(b, from + 5, 2));
        }
        if (n == 4 && digits(b, from, 4)) {
            return new Period.Year(number(b, from, 4));
        }
        return Period.parse(new String(b, from, n, StandardCharsets.UTF_8));
    }

    private static boolean digits(byte[] b, int from, int count) {
        for (int i = from; i < from + count; i++) {
            if (b[i] < '0' || b[i] > '9') return false;
        }
        return true;
    }

    private static int number(byte[] b, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) v = v * 10 + (b[i] - '0');
        return v;
    }
}
