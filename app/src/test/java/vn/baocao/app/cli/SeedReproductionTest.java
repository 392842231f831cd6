package vn.baocao.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The golden test: the example source rendered to every format reads back as the real report
 * (seed.txt), paragraph by paragraph, up to the corrections listed in the example's README.
 */
class SeedReproductionTest {
    static final Path EXAMPLE = Path.of(System.getProperty("baocao.examples", "../docs/examples"), "dan-van-kheo-2023");

    @TempDir
    static Path out;

    static List<String> expected;

    @BeforeAll
    static void render() throws IOException {
        Run run = Run.of("render", EXAMPLE.resolve("bao-cao.yaml").toString(), "--format", "docx,pdf,html,md,json", "--out", out.toString());
        assertThat(run.exitCode()).as(run.all()).isZero();
        expected = ReadBack.lines(EXAMPLE.resolve("expected.txt"));
    }

    @Test
    void theGoldenTextIsTheSeedWithItsReviewedCorrections() throws IOException {
        List<String> seed = ReadBack.lines(EXAMPLE.resolve("seed.txt"));
        List<String> corrected = new ArrayList<>();
        for (int i = 0; i < seed.size(); i++) {
            String line = seed.get(i);
            if (line.equals("Số:")) {
                // the export lost the header table and the symbol
                corrected.addAll(List.of("UBND TỈNH QUẢNG NGÃI", "BAN DÂN TỘC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                        "Độc lập - Tự do - Hạnh phúc", "Số: /BC-BDT"));
                continue;
            }
            if (line.endsWith("tuyên truyền về công") || line.endsWith("vật chất, tinh")) {
                line = line + " " + seed.get(++i); // a paragraph cut by a page break
            }
            if (line.startsWith("-Tổ chức")) {
                line = "- " + line.substring(1);
            }
            line = line.replace("595/BC- BDT", "595/BC-BDT");
            if (line.startsWith("- Tiếp tục thực hiện nghiêm túc")) {
                line = line.replace("“dân vận khéo”", "\"dân vận khéo\"");
            }
            corrected.add(line);
        }
        assertThat(corrected).containsExactlyElementsOf(expected);
    }

    @Test
    void theDocxReadsBackAsTheSeed() throws IOException {
        sameParagraphs("docx", ReadBack.docx(out.resolve("bao-cao.docx")));
    }

    @Test
    void theHtmlReadsBackAsTheSeed() throws Exception {
        sameParagraphs("html", ReadBack.html(out.resolve("bao-cao.html")));
    }

    @Test
    void theMarkdownReadsBackAsTheSeed() throws IOException {
        sameParagraphs("md", ReadBack.markdown(out.resolve("bao-cao.md")));
    }

    @Test
    void thePdfHoldsEveryParagraphInOrderWithEmbeddedFontsAndComposedText() throws IOException {
        String text = ReadBack.pdfText(out.resolve("bao-cao.pdf"));
        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
        assertThat(text).doesNotContain("#").doesNotContain("\uFFFD");
        // drop the page numbers; a line the layout broke after "-" or "/" inside a word or date
        // ("2021-|2025", "26/6|/2023") joins without a space, as it was written
        String flat = ReadBack.normalise(text.replaceAll("(?m)^\\d+\\s*$", "").replaceAll("(?<=\\S[-/])\\s*\\n|\\s*\\n(?=/)", ""));
        List<String> missing = new ArrayList<>();
        int from = 0;
        // the body runs from "BÁO CÁO" to the closing paragraph; the header and the closing are
        // two columns side by side, which text extraction interleaves, so those are looked up alone
        int bodyStart = expected.indexOf("BÁO CÁO");
        int bodyEnd = expected.indexOf("Nơi nhận:");
        for (int i = 0; i < expected.size(); i++) {
            String paragraph = expected.get(i);
            boolean body = i >= bodyStart && i < bodyEnd;
            int at = body ? flat.indexOf(paragraph, from) : flat.indexOf(paragraph);
            if (at < 0) {
                missing.add("¶" + (i + 1) + ": " + paragraph);
            } else if (body) {
                from = at + paragraph.length();
            }
        }
        assertThat(missing).as("paragraphs missing from the PDF, or out of order").isEmpty();
        List<PDFont> fonts = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(out.resolve("bao-cao.pdf").toFile())) {
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                    assertThat(font.getName()).contains("LiberationSerif");
                    fonts.add(font);
                }
            }
            // no glyph is missing: every character of the text has a glyph in an embedded font
            List<String> missingGlyphs = text.codePoints().filter(c -> !Character.isWhitespace(c)).distinct()
                    .mapToObj(Character::toString)
                    .filter(ch -> fonts.stream().noneMatch(f -> encodes(f, ch)))
                    .toList();
            assertThat(missingGlyphs).isEmpty();
        }
    }

    @Test
    void theJsonHoldsTheNumberedSectionsForReuse() throws IOException {
        JsonNode json = JsonMapper.builder().build().readTree(Files.readString(out.resolve("bao-cao.json")));
        assertThat(json.get("report").get("number").asString()).isEqualTo("/BC-BDT");
        assertThat(json.get("report").get("date").asString()).isEqualTo("2023-06");
        assertThat(json.get("sections")).extracting(s -> s.get("number").asString()).containsExactly("I.", "II.", "III.");
        assertThat(json.get("sections").get(1).get("sections").get(0).get("sections").get(1).get("number").asString()).isEqualTo("b)");
        assertThat(json.get("closing").get(0).get("runs").get(0).get("text").asString()).endsWith("./.");
    }

    @Test
    void nothingButTheFiveFilesIsLeftInTheOutputFolder() throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "bao-cao.docx", "bao-cao.pdf", "bao-cao.html", "bao-cao.md", "bao-cao.json");
        }
    }

    private static boolean encodes(PDFont font, String character) {
        try {
            return font.encode(character).length > 0;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Compares paragraph by paragraph and lists every one that differs. */
    private static void sameParagraphs(String format, List<String> actual) {
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            String want = i < expected.size() ? expected.get(i) : "(nothing)";
            String got = i < actual.size() ? actual.get(i) : "(nothing)";
            if (!want.equals(got)) {
                differences.add("¶" + (i + 1) + "\n  expected: " + want + "\n  actual:   " + got);
            }
        }
        if (!differences.isEmpty()) {
            fail(format + " differs from the seed in " + differences.size() + " paragraph(s):\n" + String.join("\n", differences));
        }
    }
}
