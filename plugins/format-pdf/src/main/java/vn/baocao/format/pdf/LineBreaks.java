package vn.baocao.format.pdf;

import com.openhtmltopdf.extend.FSTextBreaker;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * Where a line may break: the Unicode line-breaking rules, as Java knows them, and nothing more.
 * The PDF library's own breaker also breaks inside anything that has a slash, to let a long web
 * address wrap: it split dates ("10/10" | "/2018") and document symbols ("31-KH" | "/TU"), and its
 * search for slashes looks at the rest of the paragraph for every break, so a paragraph of a
 * megabyte took minutes.
 */
final class LineBreaks implements FSTextBreaker {
    private final BreakIterator lines = BreakIterator.getLineInstance(Locale.forLanguageTag("vi"));

    @Override
    public void setText(String text) {
        lines.setText(text);
    }

    @Override
    public int next() {
        return lines.next();
    }
}
