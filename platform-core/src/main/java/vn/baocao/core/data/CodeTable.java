package vn.baocao.core.data;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Short codes (indicator codes, category codes) to dense ids, looked up straight from the bytes of
 * a file, so that reading a value allocates nothing.
 */
final class CodeTable {
    private final List<byte[]> codes = new ArrayList<>();
    private int[] slots = new int[64];
    private int mask = 63;

    CodeTable() {
        Arrays.fill(slots, -1);
    }

    /** Adds a code and returns its id; a code added twice keeps its first id. */
    int add(String code) {
        byte[] bytes = code.getBytes(StandardCharsets.UTF_8);
        int existing = find(bytes, 0, bytes.length);
        if (existing >= 0) return existing;
        if ((codes.size() + 1) * 4 > slots.length) grow();
        codes.add(bytes);
        insert(codes.size() - 1);
        return codes.size() - 1;
    }

    /** The id of the code written in {@code bytes[from, to)}, or -1. */
    int find(byte[] bytes, int from, int to) {
        int i = hash(bytes, from, to) & mask;
        while (slots[i] >= 0) {
            if (Arrays.equals(codes.get(slots[i]), 0, codes.get(slots[i]).length, bytes, from, to)) return slots[i];
            i = (i + 1) & mask;
        }
        return -1;
    }

    String code(int id) {
        return new String(codes.get(id), StandardCharsets.UTF_8);
    }

    int size() {
        return codes.size();
    }

    private void insert(int id) {
        byte[] code = codes.get(id);
        int i = hash(code, 0, code.length) & mask;
        while (slots[i] >= 0) i = (i + 1) & mask;
        slots[i] = id;
    }

    private void grow() {
        slots = new int[slots.length * 2];
        Arrays.fill(slots, -1);
        mask = slots.length - 1;
        for (int id = 0; id < codes.size(); id++) insert(id);
    }

    private static int hash(byte[] bytes, int from, int to) {
        int h = 0x811C9DC5;
        for (int i = from; i < to; i++) {
            h = (h ^ bytes[i]) * 0x01000193;
        }
        return h ^ (h >>> 16);
    }
}
