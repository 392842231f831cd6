package vn.baocao.core.problem;

import java.util.Objects;

/**
 * Where a problem is: a file, a line and column (1-based; 0 when unknown) and a JSON pointer into
 * the file's content ({@code ""} for the whole document).
 */
public record Location(String file, int line, int column, String pointer) {

    public Location {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(pointer, "pointer");
    }

    public static Location ofFile(String file) {
        return new Location(file, 0, 0, "");
    }

    public boolean hasPosition() {
        return line > 0;
    }

    /** {@code file:line:column}, or just the file when the position is unknown. */
    @Override
    public String toString() {
        return hasPosition() ? file + ":" + line + ":" + column : file;
    }
}
