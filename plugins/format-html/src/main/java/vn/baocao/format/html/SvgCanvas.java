package vn.baocao.format.html;

import java.util.Locale;

/** A chart as inline SVG, its text the page's own (selectable, in the page's font). */
public final class SvgCanvas implements ChartCanvas {
    private final StringBuilder svg = new StringBuilder();

    @Override
    public void rectangle(double x, double y, double width, double height, String fill) {
        svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>", x, y, width, height, fill));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, String stroke, double width) {
        svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%.1f\"/>",
                x1, y1, x2, y2, stroke, width));
    }

    @Override
    public void polyline(double[] xs, double[] ys, String stroke, double width) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < xs.length; i++) points.append(String.format(Locale.ROOT, "%.1f,%.1f ", xs[i], ys[i]));
        svg.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"%.1f\"/>",
                points.toString().strip(), stroke, width));
    }

    @Override
    public void dot(double x, double y, double radius, String fill) {
        svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\"/>", x, y, radius, fill));
    }

    @Override
    public void text(double x, double y, String text, double size, boolean bold, Anchor anchor, double degrees) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.1f\" text-anchor=\"%s\"%s%s>%s</text>", x, y, size,
                anchor.name().toLowerCase(Locale.ROOT).replace("middle", "middle"), bold ? " font-weight=\"bold\"" : "",
                degrees == 0 ? "" : String.format(Locale.ROOT, " transform=\"rotate(%.0f %.1f %.1f)\"", degrees, x, y),
                HtmlReportWriter.escape(text)));
    }

    /** The chart as an {@code svg} element, with its title for screen readers. */
    public static String of(vn.baocao.api.spi.BlockContent.Chart chart) {
        SvgCanvas canvas = new SvgCanvas();
        ChartDrawing.draw(chart, canvas);
        return String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 %.0f %.0f\" role=\"img\">"
                        + "<title>%s</title>%s</svg>", ChartDrawing.WIDTH, ChartDrawing.HEIGHT, HtmlReportWriter.escape(chart.title()), canvas.svg);
    }
}
