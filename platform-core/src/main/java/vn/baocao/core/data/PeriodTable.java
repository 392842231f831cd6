package vn.baocao.core.data;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
    private final List<Period> periods = new ArrayList<>();
    private int[] first = new int[64];
    private int[] last = new int[64];

    /** Month ids by month index from {@link #MONTH_BASE}: the common case needs no hashing. */
    private static final int MONTH_BASE = 1900 * 12;
    private int[] monthIds = new int[0];

    /** The id of the period written in {@code bytes[from, to)}, adding it when new; {@link #INVALID} if it does not parse. */
    synchronized int find(byte[] bytes, int from, int to) {
        if (to - from == 7 && bytes[from + 4] == '-' && digits(bytes, from, 4) && digits(bytes, from + 5, 2)) {
            int month = number(bytes, from + 5, 2);
            if (month >= 1 && month <= 12) {
                int index = Months.of(number(bytes, from, 4), month) - MONTH_BASE;
                if (index >= 0 && index < monthIds.length && monthIds[index] > 0) {
                    return monthIds[index] - 1;
                }
            }
        }
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

    int add(Period period) {
        return add(period, period.code());
    }

    private int add(Period period, String written) {
        int id = codes.add(written);
        if (id == periods.size()) {
            periods.add(period);
            if (id == first.length) {
                first = java.util.Arrays.copyOf(first, id * 2);
                last = java.util.Arrays.copyOf(last, id * 2);
            }
            first[id] = Months.of(period.start());
            last[id] = Months.of(period.end());
            if (period instanceof Period.Month m && written.equals(m.code())) {
                int index = Months.of(m.year(), m.month()) - MONTH_BASE;
                if (index >= 0 && index < 300 * 12) {
                    if (index >= monthIds.length) monthIds = java.util.Arrays.copyOf(monthIds, Math.max(index + 1, monthIds.length * 2));
                    monthIds[index] = id + 1;
                }
            }
        }
        return id;
    }

    synchronized Period period(int id) {
        return periods.get(id);
    }

    synchronized int firstMonth(int id) {
        return first[id];
    }

    synchronized int lastMonth(int id) {
        return last[id];
    }

    synchronized int size() {
        return periods.size();
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
