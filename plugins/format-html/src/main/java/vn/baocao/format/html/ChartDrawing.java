package vn.baocao.format.html;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import vn.baocao.api.spi.BlockContent;
import vn.baocao.api.text.VietnameseNumbers;

/**
 * Lays a chart out once for every format that draws it: a value axis with round steps and grid
 * lines, a bar group or a point for each category, the figure above each bar or point in the
 * Vietnamese number style, the category labels below (slanted when there are many), and a legend
 * when there is more than one series.
 */
public final class ChartDrawing {
    public static final double WIDTH = 460;
    public static final double HEIGHT = 260;
    private static final double LEFT = 48;
    private static final double RIGHT = 12;
    private static final double TOP = 16;
    private static final String[] COLOURS = {"#1f4e79", "#c55a11", "#548235", "#7f6000", "#7030a0"};
    private static final String GRID = "#bfbfbf";
    private static final String AXIS = "#000000";

    private ChartDrawing() {}

    public static void draw(BlockContent.Chart chart, ChartCanvas canvas) {
        int n = chart.categories().size();
        boolean slanted = n > 6;
        // a few long names (Thành phố Quảng Ngãi) go on two lines rather than slant
        boolean twoLines = !slanted && chart.categories().stream().anyMatch(c -> c.length() > 14);
        boolean legend = chart.series().size() > 1;
        double bottom = (slanted ? 100 : twoLines ? 44 : 32) + (legend ? 18 : 0);
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - bottom;
        BigDecimal max = chart.series().stream().flatMap(s -> s.values().stream()).filter(Objects::nonNull)
                .max(BigDecimal::compareTo).orElse(BigDecimal.ZERO).max(BigDecimal.ZERO);
        BigDecimal step = step(max);
        int steps = max.signum() == 0 ? 1 : max.divide(step, 0, RoundingMode.CEILING).intValue();
        double top = step.multiply(BigDecimal.valueOf(steps)).doubleValue();
        for (int i = 0; i <= steps; i++) {
            double y = TOP + plotHeight - plotHeight * i / steps;
            canvas.line(LEFT, y, LEFT + plotWidth, y, i == 0 ? AXIS : GRID, i == 0 ? 0.8 : 0.4);
            canvas.text(LEFT - 4, y + 3, VietnameseNumbers.format(step.multiply(BigDecimal.valueOf(i))), 8.5, false, ChartCanvas.Anchor.END, 0);
        }
        canvas.line(LEFT, TOP, LEFT, TOP + plotHeight, AXIS, 0.8);
        canvas.text(LEFT, TOP - 5, chart.unit(), 8.5, false, ChartCanvas.Anchor.START, 0);
        double slot = plotWidth / n;
        for (int c = 0; c < n; c++) {
            double x = LEFT + slot * (c + 0.5);
            double labelY = TOP + plotHeight + 12;
            if (slanted) {
                canvas.text(x + 3, labelY - 4, chart.categories().get(c), 9, false, ChartCanvas.Anchor.END, -40);
            } else {
                String[] lines = lines(chart.categories().get(c));
                for (int l = 0; l < lines.length; l++) {
                    canvas.text(x, labelY + l * 11, lines[l], 9, false, ChartCanvas.Anchor.MIDDLE, 0);
                }
            }
        }
        List<BlockContent.Chart.Series> series = chart.series();
        for (int s = 0; s < series.size(); s++) {
            String colour = COLOURS[s % COLOURS.length];
            List<BigDecimal> values = series.get(s).values();
            if (chart.kind() == BlockContent.Chart.Kind.BARS) {
                double group = slot * 0.7;
                double bar = group / series.size();
                for (int c = 0; c < n; c++) {
                    if (values.get(c) == null) continue;
                    double h = top == 0 ? 0 : plotHeight * values.get(c).doubleValue() / top;
                    double x = LEFT + slot * c + (slot - group) / 2 + bar * s;
                    canvas.rectangle(x, TOP + plotHeight - h, bar * 0.92, h, colour);
                    canvas.text(x + bar * 0.46, TOP + plotHeight - h - 2, VietnameseNumbers.format(values.get(c)), 8.5, false,
                            ChartCanvas.Anchor.MIDDLE, 0);
                }
            } else {
                double[] xs = new double[n];
                double[] ys = new double[n];
                int points = 0;
                for (int c = 0; c < n; c++) {
                    if (values.get(c) == null) continue;
                    xs[points] = LEFT + slot * (c + 0.5);
                    ys[points] = TOP + plotHeight - (top == 0 ? 0 : plotHeight * values.get(c).doubleValue() / top);
                    canvas.dot(xs[points], ys[points], 2.2, colour);
                    canvas.text(xs[points], ys[points] - 5, VietnameseNumbers.format(values.get(c)), 8.5, false, ChartCanvas.Anchor.MIDDLE, 0);
                    points++;
                }
                canvas.polyline(java.util.Arrays.copyOf(xs, points), java.util.Arrays.copyOf(ys, points), colour, 1.4);
            }
        }
        if (legend) {
            double x = LEFT;
            double y = HEIGHT - 8;
            for (int s = 0; s < series.size(); s++) {
                canvas.rectangle(x, y - 7, 8, 8, COLOURS[s % COLOURS.length]);
                canvas.text(x + 11, y, series.get(s).name(), 9, false, ChartCanvas.Anchor.START, 0);
                x += 20 + series.get(s).name().length() * 5.2;
            }
        }
    }

    /** A label of more than 14 characters split at the space nearest its middle. */
    static String[] lines(String label) {
        if (label.length() <= 14 || label.indexOf(' ') < 0) return new String[] {label};
        int middle = label.length() / 2;
        int best = -1;
        for (int i = 0; i < label.length(); i++) {
            if (label.charAt(i) == ' ' && (best < 0 || Math.abs(i - middle) < Math.abs(best - middle))) best = i;
        }
        return new String[] {label.substring(0, best), label.substring(best + 1)};
    }

    /** A round step (1, 2 or 5 times a power of ten) that divides the axis into about five parts. */
    static BigDecimal step(BigDecimal max) {
        if (max.signum() <= 0) return BigDecimal.ONE;
        double raw = max.doubleValue() / 5;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double[] choices = {1, 2, 5, 10};
        for (double c : choices) {
            if (c * power >= raw) return BigDecimal.valueOf(c * power).stripTrailingZeros().max(new BigDecimal("0.01"));
        }
        return BigDecimal.valueOf(10 * power);
    }
}
