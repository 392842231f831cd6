package vn.baocao.api.version;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * A version such as {@code 1.2}, {@code 1.2.3} or {@code 1.2.3-SNAPSHOT}. Ordering and range checks
 * use major, minor and patch only: a qualifier never makes a build fall outside the range that its
 * release would match.
 */
@API(status = STABLE, since = "0.1")
public record Version(int major, int minor, int patch, String qualifier) implements Comparable<Version> {

    private static final Pattern FORM = Pattern.compile("(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?(?:[-.+]([0-9A-Za-z.-]+))?");

    public Version {
        if (major < 0 || minor < 0 || patch < 0) {
            throw new IllegalArgumentException("negative version part");
        }
        qualifier = qualifier == null ? "" : qualifier;
    }

    public static Version of(int major, int minor, int patch) {
        return new Version(major, minor, patch, "");
    }

    /**
     * Parses a version.
     *
     * @throws IllegalArgumentException if the text is not a version
     */
    public static Version parse(String text) {
        Matcher m = FORM.matcher(Objects.requireNonNull(text, "text").trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a version: '" + text + "'");
        }
        return new Version(
                Integer.parseInt(m.group(1)),
                m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
                m.group(3) == null ? 0 : Integer.parseInt(m.group(3)),
                m.group(4));
    }

    @Override
    public int compareTo(Version other) {
        int c = Integer.compare(major, other.major);
        if (c == 0) c = Integer.compare(minor, other.minor);
        if (c == 0) c = Integer.compare(patch, other.patch);
        return c;
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch + (qualifier.isEmpty() ? "" : "-" + qualifier);
    }
}
