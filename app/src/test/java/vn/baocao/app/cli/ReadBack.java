package vn.baocao.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The paragraphs of a rendered report, read back from the file as a reader's program sees them. */
final class ReadBack {
    private ReadBack() {}

    /**
     * Whitespace collapsed, emphasis markers dropped, NFC: how the golden text is compared. The
     * characters that keep a date or a symbol on one line read as what they stand for.
     */
    static String normalise(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).replace('\u00A0', ' ').replace('\u2011', '-').replace("\u2060", "");
        return nfc.replace("*", "").replaceAll("\\s+", " ").strip();
    }

    static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(ReadBack::normalise).filter(l -> !l.isEmpty()).toList();
    }

    /** Body paragraphs and table cells in document order, row by row, left to right. */
    static List<String> docx(Path file) throws IOException {
        List<String> paragraphs = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    add(paragraphs, p.getText());
                } else if (element instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            cell.getParagraphs().forEach(p -> add(paragraphs, p.getText()));
                        }
                    }
                }
            }
        }
        return paragraphs;
    }

    /** Every {@code p} element of the XHTML page, in document order. */
    static List<String> html(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document doc = factory.newDocumentBuilder().parse(file.toFile());
        NodeList ps = doc.getElementsByTagNameNS("*", "p");
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < ps.getLength(); i++) {
            add(paragraphs, ((Element) ps.item(i)).getTextContent());
        }
        return paragraphs;
    }

    /** Markdown paragraphs, with heading marks and escapes removed. */
    static List<String> markdown(Path file) throws IOException {
        List<String> paragraphs = new ArrayList<>();
        for (String block : Files.readString(file).split("\n\n")) {
            add(paragraphs, block.replaceAll("^#+ ", "").replace("\\", ""));
        }
        return paragraphs;
    }

    /** The text of every page as one string, in reading order (runs are drawn by style, not by position). */
    static String pdfText(Path file) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(pdf);
        }
    }

    private static void add(List<String> paragraphs, String text) {
        String normalised = normalise(text);
        if (!normalised.isEmpty()) {
            paragraphs.add(normalised);
        }
    }

    static List<String> of(String... paragraphs) {
        return Arrays.asList(paragraphs);
    }
}
