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
    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private final List<byte[]> codes = new ArrayList<>();
    /** The codes again as an array, for the lookup loop. */
    private byte[][] array = new byte[0][];
    /** For codes of at most 8 bytes: the code packed into a long, and its length. */
    private long[] packedOf = new long[0];
    private int[] lengthOf = new int[0];
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
        packedOf = Arrays.copyOf(packedOf, codes.size());
        lengthOf = Arrays.copyOf(lengthOf, codes.size());
        packedOf[codes.size() - 1] = bytes.length <= 8 ? pack(bytes, 0, bytes.length) : 0;
        lengthOf[codes.size() - 1] = bytes.length;
        if (bytes.length == 1) single[bytes[0] & 0xFF] = codes.size() - 1;
        insert(codes.size() - 1);
        return codes.size() - 1;
    }

    /** The id of the code written in {@code bytes[from, to)}, or -1. */
    int find(byte[] bytes, int from, int to) {
        int n = to - from;
        if (n == 1) return single[bytes[from] & 0xFF];
        if (n <= 8 && n > 0) {
            // most codes fit in a long: one multiply to hash, one compare to match
            long packed = pack(bytes, from, to);
            int i = mix(packed) & mask;
            int id;
            while ((id = slots[i]) >= 0) {
                if (packedOf[id] == packed && lengthOf[id] == n) return id;
                i = (i + 1) & mask;
            }
            return -1;
        }
        int i = hash(bytes, from, to) & mask;
        int id;
        while ((id = slots[i]) >= 0) {
            if (same(array[id], bytes, from, to)) return id;
            i = (i + 1) & mask;
        }
        return -1;
    }

    /** The bytes of a code of at most 8 bytes in one long, the first byte lowest. */
    private static long pack(byte[] bytes, int from, int to) {
        int n = to - from;
        if (from + 8 <= bytes.length) {
            // one load of eight bytes, those past the code masked off
            long word = (long) LONGS.get(bytes, from);
            return n == 8 ? word : word & ((1L << (n * 8)) - 1);
        }
        long packed = 0;
        for (int k = to - 1; k >= from; k--) packed = (packed << 8) | (bytes[k] & 0xFF);
        return packed;
    }

    private static int mix(long packed) {
        long h = packed * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29));
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
        if (to - from <= 8) return mix(pack(bytes, from, to));
        int h = 0x811C9DC5;
        for (int i = from; i < to; i++) {
            h = (h ^ bytes[i]) * 0x01000193;
        }
        return h ^ (h >>> 16);
    }
}
