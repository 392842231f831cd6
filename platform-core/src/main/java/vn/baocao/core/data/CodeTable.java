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
    /** The codes again as an array, for the lookup loop. */
    private byte[][] array = new byte[0][];
    /** Ids of one-byte codes by their byte: categories such as M and F need no hashing. */
    private final int[] single = new int[256];
    private int[] slots = new int[64];
    private int mask = 63;

    CodeTable() {
        Arrays.fill(slots, -1);
        Arrays.fill(single, -1);
    }

    /** Adds a code and returns its id; a code added twice keeps its first id. */
    int add(String code) {
        byte[] bytes = code.getBytes(StandardCharsets.UTF_8);
        int existing = find(bytes, 0, bytes.length);
        if (existing >= 0) return existing;
        if ((codes.size() + 1) * 4 > slots.length) grow();
        codes.add(bytes);
        array = codes.toArray(new byte[0][]);
        if (bytes.length == 1) single[bytes[0] & 0xFF] = codes.size() - 1;
        insert(codes.size() - 1);
        return codes.size() - 1;
    }

    /** The id of the code written in {@code bytes[from, to)}, or -1. */
    int find(byte[] bytes, int from, int to) {
        if (to - from == 1) return single[bytes[from] & 0xFF];
        int i = hash(bytes, from, to) & mask;
        int id;
        while ((id = slots[i]) >= 0) {
            if (same(array[id], bytes, from, to)) return id;
            i = (i + 1) & mask;
        }
        return -1;
    }

    /** A plain loop: for codes of a few bytes it beats the vectorised Arrays.equals, whose set-up dominates. */
    private static boolean same(byte[] code, byte[] bytes, int from, int to) {
        if (code.length != to - from) return false;
        for (int k = 0; k < code.length; k++) {
            if (code[k] != bytes[from + k]) return false;
        }
        return true;
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
