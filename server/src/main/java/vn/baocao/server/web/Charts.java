package vn.baocao.server.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Charts drawn as SVG on the server: no script, no library, readable without colour (each bar and
 * point carries its figure) and by a screen reader (a title, and the same figures in the table beside).
 */
final class Charts {
    private Charts() {}

    /** One bar: its label and its figure (empty when the unit has none). */
    record Bar(String label, BigDecimal value) {}

    /** Horizontal bars, one per unit: they fit a phone's width however many units there are. */
    static String bars(String title, List<Bar> bars, Locale locale) {
        int row = 28;
        int labelWidth = 150;
        int width = 360;
        int height = Math.max(1, bars.size()) * row + 8;
        BigDecimal max = bars.stream().map(Bar::value).filter(v -> v != null).max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        if (max.signum() <= 0) max = BigDecimal.ONE;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"").append(escape(title)).append("\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.append("<title>").append(escape(title)).append("</title>");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = i * row + 4;
            svg.append("<text x=\"0\" y=\"").append(y + 17).append("\" class=\"label\">").append(escape(cut(bar.label(), 22))).append("</text>");
            if (bar.value() == null) continue;
            double share = Math.max(0, bar.value().doubleValue() / max.doubleValue());
            int length = (int) Math.round(share * (width - labelWidth - 60));
            svg.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 4).append("\" width=\"").append(Math.max(1, length))
                    .append("\" height=\"18\" class=\"bar\"/>");
            svg.append("<text x=\"").append(labelWidth + Math.max(1, length) + 4).append("\" y=\"").append(y + 17).append("\" class=\"figure\">")
                    .append(escape(EntryGrid.shown(bar.value(), locale))).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    /** A line over periods, each point labelled with its figure. */
    static String line(String title, List<Bar> points, Locale locale) {
        int width = 360;
        int height = 180;
        int left = 10;
        int bottom = 150;
        BigDecimal max = points.stream().map(Bar::value).filter(v -> v != null).max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        if (max.signum() <= 0) max = BigDecimal.ONE;
        double step = points.size() <= 1 ? 0 : (width - 2.0 * left - 30) / (points.size() - 1);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"").append(escape(title)).append("\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.append("<title>").append(escape(title)).append("</title>");
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            Bar p = points.get(i);
            int x = (int) Math.round(left + 15 + i * step);
            svg.append("<text x=\"").append(x).append("\" y=\"").append(height - 8).append("\" class=\"axis\" text-anchor=\"middle\">")
                    .append(escape(p.label())).append("</text>");
            if (p.value() == null) continue;
            int y = (int) Math.round(bottom - Math.max(0, p.value().doubleValue() / max.doubleValue()) * (bottom - 25));
            path.append(path.length() == 0 ? "M" : " L").append(x).append(' ').append(y);
            svg.append("<circle cx=\"").append(x).append("\" cy=\"").append(y).append("\" r=\"4\" class=\"point\"/>");
            svg.append("<text x=\"").append(x).append("\" y=\"").append(y - 9).append("\" class=\"figure\" text-anchor=\"middle\">")
                    .append(escape(EntryGrid.shown(p.value(), locale))).append("</text>");
        }
        if (path.length() > 0) svg.append("<path d=\"").append(path).append("\" class=\"line\"/>");
        return svg.append("</svg>").toString();
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
