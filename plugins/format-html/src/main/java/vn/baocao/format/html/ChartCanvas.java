package vn.baocao.format.html;

/** What a chart is drawn with: an SVG for a page, a picture for a PDF. Coordinates in points, y down. */
public interface ChartCanvas {
    /** Text anchors. */
    enum Anchor { START, MIDDLE, END }

    void rectangle(double x, double y, double width, double height, String fill);

    void line(double x1, double y1, double x2, double y2, String stroke, double width);

    void polyline(double[] xs, double[] ys, String stroke, double width);

    void dot(double x, double y, double radius, String fill);

    /** Text at a point, its baseline there; rotated by {@code degrees} about that point (negative: counter-clockwise). */
    void text(double x, double y, String text, double size, boolean bold, Anchor anchor, double degrees);
}
