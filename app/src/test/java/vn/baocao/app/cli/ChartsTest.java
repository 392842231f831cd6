package vn.baocao.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The two charts of the 2019 example, read back from each format. Their figures, by hand from the
 * example's CSV (see {@link UnitsAsTheyWereTest}): the couples of 2019 by the districts of 2019, Tây
 * Trà 27, Đức Phổ 7, Ba Tơ 8, Lý Sơn 3, the city 1; the province's over the years, 12 in 2018 and
 * 46 in 2019.
 */
class ChartsTest {
    private static final Path EXAMPLE = Path.of(System.getProperty("baocao.examples", "../docs/examples"), "so-lieu-tao-hon-2019", "bao-cao.yaml");

    @TempDir
    static Path out;

    @BeforeAll
    static void render() {
        Run run = Run.of("render", EXAMPLE.toString(), "--format", "docx,html,pdf", "--out", out.toString());
        assertThat(run.exitCode()).as(run.all()).isZero();
    }

    @Test
    void theDocxHoldsNativeChartsWithTheirFiguresInAnEmbeddedWorkbook() throws Exception {
        try (InputStream in = Files.newInputStream(out.resolve("bao-cao.docx")); XWPFDocument docx = new XWPFDocument(in)) {
            List<XWPFChart> charts = docx.getCharts();
            assertThat(charts).hasSize(2);

            XWPFChart byUnit = charts.get(0);
            assertThat(byUnit.getPackagePart().getContentType()).isEqualTo("application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
            // the chart part is valid DrawingML: POI parsed it into its schema types
            assertThat(byUnit.getCTChartSpace().validate()).as("chart XML against the DrawingML schema").isTrue();
            List<XDDFChartData> plots = byUnit.getChartSeries();
            assertThat(plots).singleElement().isInstanceOf(XDDFBarChartData.class);
            XDDFChartData.Series bars = plots.get(0).getSeries(0);
            List<String> districts = points(bars.getCategoryData().getPointCount(), i -> bars.getCategoryData().getPointAt(i).toString());
            List<Double> couples = points(bars.getValuesData().getPointCount(), i -> (Double) bars.getValuesData().getPointAt(i));
            assertThat(districts).contains("Huyện Tây Trà", "Huyện Đức Phổ").doesNotContain("Thị xã Đức Phổ");
            assertThat(couples.get(districts.indexOf("Huyện Tây Trà"))).isEqualTo(27.0);
            assertThat(couples.get(districts.indexOf("Huyện Đức Phổ"))).isEqualTo(7.0);
            assertThat(couples.get(districts.indexOf("Huyện Ba Tơ"))).isEqualTo(8.0);
            // coloured and labelled by the document itself: LibreOffice draws a series without a fill as nothing
            assertThat(bars.getShapeProperties().getFillProperties()).isInstanceOf(XDDFSolidFillProperties.class);
            assertThat(byUnit.getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0).getDLbls().getShowVal().getVal()).isTrue();

            // the figures Word and LibreOffice open for editing: the embedded workbook, the same cells
            XSSFWorkbook workbook = byUnit.getWorkbook();
            Sheet sheet = workbook.getSheetAt(0);
            int row = districts.indexOf("Huyện Tây Trà") + 1;
            assertThat(sheet.getRow(row).getCell(0).getStringCellValue()).isEqualTo("Huyện Tây Trà");
            assertThat(sheet.getRow(row).getCell(1).getNumericCellValue()).isEqualTo(27.0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("2019");

            XWPFChart overYears = charts.get(1);
            XDDFChartData line = overYears.getChartSeries().get(0);
            assertThat(line).isInstanceOf(XDDFLineChartData.class);
            XDDFChartData.Series province = line.getSeries(0);
            assertThat(points(province.getCategoryData().getPointCount(), i -> province.getCategoryData().getPointAt(i).toString()))
                    .containsExactly("2018", "2019");
            assertThat(points(province.getValuesData().getPointCount(), i -> (Double) province.getValuesData().getPointAt(i)))
                    .containsExactly(12.0, 46.0);
            assertThat(province.getShapeProperties().getLineProperties().getFillProperties()).isInstanceOf(XDDFSolidFillProperties.class);
        }
    }

    @Test
    void theHtmlDrawsEachChartAsInlineSvgWithItsFiguresAsText() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document page = factory.newDocumentBuilder().parse(out.resolve("bao-cao.html").toFile());
        NodeList svgs = page.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg");
        assertThat(svgs.getLength()).isEqualTo(2);

        Element byUnit = (Element) svgs.item(0);
        List<String> texts = texts(byUnit);
        assertThat(byUnit.getAttribute("role")).isEqualTo("img");
        assertThat(byUnit.getElementsByTagNameNS("*", "title").item(0).getTextContent()).contains("Số cặp tảo hôn");
        assertThat(texts).contains("Huyện Tây Trà", "27", "Huyện Đức Phổ", "7").doesNotContain("Thị xã Đức Phổ");
        // a bar for each district with a figure; the grid and the axes are lines, not bars
        assertThat(byUnit.getElementsByTagNameNS("*", "rect").getLength()).isEqualTo(5);

        Element overYears = (Element) svgs.item(1);
        assertThat(texts(overYears)).contains("2018", "2019", "12", "46");
        assertThat(overYears.getElementsByTagNameNS("*", "circle").getLength()).isEqualTo(2);
    }

    @Test
    void thePdfHoldsEachChartAsAPictureUnderItsCaption() throws Exception {
        List<BufferedImage> pictures = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(out.resolve("bao-cao.pdf").toFile())) {
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                        pictures.add(image.getImage());
                    }
                }
            }
        }
        assertThat(pictures).hasSize(2);
        for (BufferedImage picture : pictures) {
            assertThat(picture.getWidth()).isGreaterThan(1000);
            assertThat(picture.getHeight()).isGreaterThan(500);
            // drawn, not blank: the first series' colour covers part of the picture
            assertThat(share(picture, 0x1f4e79)).isGreaterThan(0.002);
        }
        assertThat(ReadBack.normalise(ReadBack.pdfText(out.resolve("bao-cao.pdf")))).contains("Số cặp tảo hôn");
    }

    private static <T> List<T> points(int count, java.util.function.IntFunction<T> point) {
        return IntStream.range(0, count).mapToObj(point).toList();
    }

    private static List<String> texts(Element svg) {
        NodeList nodes = svg.getElementsByTagNameNS("*", "text");
        return IntStream.range(0, nodes.getLength()).mapToObj(i -> nodes.item(i).getTextContent().strip()).toList();
    }

    private static double share(BufferedImage picture, int rgb) {
        long hits = 0;
        for (int y = 0; y < picture.getHeight(); y++) {
            for (int x = 0; x < picture.getWidth(); x++) {
                if ((picture.getRGB(x, y) & 0xffffff) == rgb) hits++;
            }
        }
        return (double) hits / ((long) picture.getWidth() * picture.getHeight());
    }
}
