package vn.baocao.core.data;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A row for the {@link ValueSink} made of texts laid side by side in one buffer, for the readers
 * whose fields arrive as strings (YAML and JSON entries, spreadsheet cells, a report source's
 * figures); the value may be given as an exact number instead. A reader subclasses it to say where
 * the row and each field are.
 */
public abstract class TextRow implements ValueSink.Row {
    private byte[] bytes = new byte[256];
    private int[] starts = new int[ValueSink.FIRST_CATEGORY + 4];
    private int[] ends = new int[ValueSink.FIRST_CATEGORY + 4];
    private int length;
    private boolean numeric;
    private long unscaled;
    private int scale;

    /** Empties the row for the next one. */
    protected void clear() {
        length = 0;
        numeric = false;
        Arrays.fill(starts, 0);
        Arrays.fill(ends, 0);
    }

    /** Sets a field's text (null leaves it empty). */
    protected void put(int field, String text) {
        if (field >= starts.length) {
            starts = Arrays.copyOf(starts, field + 4);
            ends = Arrays.copyOf(ends, field + 4);
        }
        if (text == null) {
            starts[field] = ends[field] = 0;
            return;
        }
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        if (length + b.length > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + b.length));
        System.arraycopy(b, 0, bytes, length, b.length);
        starts[field] = length;
        ends[field] = length + b.length;
        length += b.length;
    }

    /** Gives the value as an exact number (its unscaled digits and scale) rather than as text. */
    protected void number(long unscaledValue, int valueScale) {
        numeric = true;
        unscaled = unscaledValue;
        scale = valueScale;
    }

    @Override
    public final byte[] bytes() {
        return bytes;
    }

    @Override
    public final int start(int field) {
        return field < starts.length ? starts[field] : 0;
    }

    @Override
    public final int end(int field) {
        return field < ends.length ? ends[field] : 0;
    }

    @Override
    public final boolean numeric() {
        return numeric;
    }

    @Override
    public final long unscaled() {
        return unscaled;
    }

    @Override
    public final int scale() {
        return scale;
    }
}
