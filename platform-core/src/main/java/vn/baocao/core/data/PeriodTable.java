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

    /** The id of the period written in {@code bytes[from, to)}, adding it when new; {@link #INVALID} if it does not parse. */
    int find(byte[] bytes, int from, int to) {
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
        }
        return id;
    }

    Period period(int id) {
        return periods.get(id);
    }

    int firstMonth(int id) {
        return first[id];
    }

    int lastMonth(int id) {
        return last[id];
    }

    int size() {
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
