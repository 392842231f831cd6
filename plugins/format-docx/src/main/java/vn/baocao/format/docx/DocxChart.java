package vn.baocao.format.docx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import vn.baocao.api.spi.BlockContent;

/**
 * A chart as Word holds one: a chart part with its figures in an embedded workbook, so that the
 * agency can edit it in Word or LibreOffice. The figures are the block's, a cell each.
 */
final class DocxChart {
    /** English Metric Units: 635 to a twip. */
    private static final int EMU_PER_TWIP = 635;
    private static final int HEIGHT = Layout.mm(80) * EMU_PER_TWIP;
    private static final byte[][] COLOURS = {
        {0x1f, 0x4e, 0x79}, {(byte) 0xc5, 0x5a, 0x11}, {0x54, (byte) 0x82, 0x35}, {0x7f, 0x60, 0x00}, {0x70, 0x30, (byte) 0xa0}};

    private DocxChart() {}

    static void add(XWPFDocument doc, XWPFRun run, BlockContent.Chart data) {
        XWPFChart chart;
        try {
            chart = doc.createChart(run, Layout.TEXT_WIDTH * EMU_PER_TWIP, HEIGHT);
        } catch (InvalidFormatException | IOException e) {
            throw new UncheckedIOException(new IOException(e));
        }
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
        values.setTitle(data.unit());
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        int n = data.categories().size();
        XDDFDataSource<String> labels = XDDFDataSourcesFactory.fromArray(data.categories().toArray(String[]::new),
                chart.formatRange(new CellRangeAddress(1, n, 0, 0)), 0);
        XDDFChartData plot = chart.createData(data.kind() == BlockContent.Chart.Kind.BARS ? ChartTypes.BAR : ChartTypes.LINE,
                categories, values);
        for (int s = 0; s < data.series().size(); s++) {
            BlockContent.Chart.Series series = data.series().get(s);
            for (BigDecimal v : series.values()) {
                if (!fitsExactly(v)) {
                    throw new IllegalArgumentException("the figure " + v.toPlainString() + " of " + series.name() + " has more digits than a chart cell holds");
                }
            }
            Double[] figures = series.values().stream().map(v -> v == null ? null : v.doubleValue()).toArray(Double[]::new);
            XDDFNumericalDataSource<Double> column = XDDFDataSourcesFactory.fromArray(figures,
                    chart.formatRange(new CellRangeAddress(1, n, s + 1, s + 1)), s + 1);
            XDDFChartData.Series added = plot.addSeries(labels, column);
            added.setTitle(series.name(), chart.setSheetTitle(series.name(), s + 1));
            colour(added, COLOURS[s % COLOURS.length]);
        }
        if (plot instanceof XDDFBarChartData bars) {
            bars.setBarDirection(BarDirection.COL);
        } else {
            // each year's point in the middle of its slot, as in the HTML and PDF pictures
            values.setCrossBetween(AxisCrossBetween.BETWEEN);
        }
        plot.setVaryColors(false);
        if (data.series().size() > 1) {
            chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        }
        chart.plot(plot);
        showFigures(chart);
    }

    /**
     * The series' colour, set rather than left to the application: LibreOffice draws a bar or a
     * line without one as nothing. The colours are those of the HTML and PDF pictures.
     */
    private static void colour(XDDFChartData.Series series, byte[] rgb) {
        XDDFSolidFillProperties fill = new XDDFSolidFillProperties(XDDFColor.from(rgb));
        XDDFShapeProperties shape = new XDDFShapeProperties();
        if (series instanceof XDDFLineChartData.Series line) {
            XDDFLineProperties stroke = new XDDFLineProperties(fill);
            stroke.setWidth(1.75);
            shape.setLineProperties(stroke);
            line.setSmooth(false);
            line.setMarkerStyle(MarkerStyle.CIRCLE);
        } else {
            shape.setFillProperties(fill);
        }
        series.setShapeProperties(shape);
    }

    /** Each bar and point carries its figure, as the agency's own charts do; names and series stay in the axis and legend. */
    private static void showFigures(XWPFChart chart) {
        var plotArea = chart.getCTChart().getPlotArea();
        java.util.List<CTDLbls> labels = new java.util.ArrayList<>();
        for (var bars : plotArea.getBarChartList()) {
            bars.getSerList().forEach(ser -> labels.add(ser.isSetDLbls() ? ser.getDLbls() : ser.addNewDLbls()));
        }
        for (var lines : plotArea.getLineChartList()) {
            lines.getSerList().forEach(ser -> labels.add(ser.isSetDLbls() ? ser.getDLbls() : ser.addNewDLbls()));
        }
        for (CTDLbls label : labels) {
            label.addNewShowLegendKey().setVal(false);
            label.addNewShowVal().setVal(true);
            label.addNewShowCatName().setVal(false);
            label.addNewShowSerName().setVal(false);
            label.addNewShowPercent().setVal(false);
            label.addNewShowBubbleSize().setVal(false);
        }
    }

    /** A chart's cells are doubles: exact for any figure of up to 15 significant digits, which is checked, never rounded silently. */
    static boolean fitsExactly(BigDecimal value) {
        return value == null || new BigDecimal(Double.toString(value.doubleValue())).compareTo(value) == 0;
    }
}
