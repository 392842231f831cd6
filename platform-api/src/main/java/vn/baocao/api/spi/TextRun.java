package vn.baocao.api.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/** A piece of text with its emphasis, the unit every renderer writes. */
@API(status = EXPERIMENTAL, since = "0.1")
public record TextRun(String text, boolean bold, boolean italic) {

    public TextRun {
        Objects.requireNonNull(text, "text");
    }

    public static TextRun plain(String text) {
        return new TextRun(text, false, false);
    }

    public static TextRun italic(String text) {
        return new TextRun(text, false, true);
    }
}
