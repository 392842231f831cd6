package vn.baocao.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.core.data.ImportJob;
import vn.baocao.core.data.ImportResult;
import vn.baocao.core.data.ValueStore;

/**
 * Files that are not workbooks, or broken ones, or ones that unpack to far more than they hold: each
 * is refused in one sentence and its hint, with nothing of POI or the XML parser anywhere, neither
 * in the problem nor on the console.
 */
class UnreadableFileTest {
    private static final String SHEET = "xl/worksheets/sheet1.xml";

    @TempDir
    Path dir;

    private ValueStore store;

    @BeforeEach
    void newStore() {
        store = Forms.JOB.newStore();
    }

    @Test
    void aRenamedTextFileIsUnreadable() throws IOException {
        assertUnreadable(Files.writeString(dir.resolve("khong-phai.xlsx"), "indicator,unit,period,value\nCM_COUPLES,21028,2026,3\n"));
    }

    @Test
    void aBrokenZipIsUnreadable() throws IOException {
        Path whole = filled("nguyen.xlsx");
        byte[] bytes = Files.readAllBytes(whole);
        // cut off in the middle, as an interrupted download leaves it
        assertUnreadable(Files.write(dir.resolve("cut.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2)));
        // the zip's directory intact, an entry's bytes garbled
        byte[] garbled = bytes.clone();
        for (int i = 200; i < garbled.length / 2; i += 7) garbled[i] ^= 0x5A;
        assertUnreadable(Files.write(dir.resolve("garbled.xlsx"), garbled));
    }

    @Test
    void aZipBombIsUnreadable() throws IOException {
        Path form = filled("form.xlsx");
        // the same sheet with 40 MB of spaces inside it: well-formed XML, but 1,000 times larger unpacked than packed
        String padding = " ".repeat(40 << 20);
        Path bomb = rewrite(form, "bomb.xlsx", xml -> xml.replace("</worksheet>", padding + "</worksheet>"));
        assertThat(Files.size(bomb)).isLessThan(1 << 20);
        assertUnreadable(bomb);

        // the spaces are not what is refused: a little of them is read like any sheet
        Path padded = rewrite(form, "padded.xlsx", xml -> xml.replace("</worksheet>", " ".repeat(1000) + "</worksheet>"));
        assertThat(Forms.imported(store, padded).problems()).isEmpty();
    }

    @Test
    void aSheetWithADoctypeIsUnreadableAndNoEntityIsResolved() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        Path form = filled("form.xlsx");
        Path entity = rewrite(form, "entity.xlsx", xml -> xml
                .replaceFirst("<worksheet", "<!DOCTYPE worksheet [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]><worksheet")
                .replaceFirst("<v>3(\\.0)?</v>", "<v>&x;</v>"));
        assertThat(Forms.part(entity, SHEET)).contains("<!DOCTYPE").contains("<v>&x;</v>");
        String shown = assertUnreadable(entity);
        assertThat(shown).doesNotContain("TOP-SECRET");
    }

    @Test
    void aSheetWithBrokenXmlIsUnreadable() throws IOException {
        assertUnreadable(rewrite(filled("form.xlsx"), "xml.xlsx", xml -> xml.replaceFirst("</row>", "</rows>")));
    }

    /** A form with one value, 3 couples, in the row of commune 21028. */
    private Path filled(String name) throws IOException {
        Path form = Forms.write("child-marriage", "51", "2026", dir.resolve("template-" + name));
        try (XSSFWorkbook book = Forms.open(form)) {
            XSSFSheet sheet = book.getSheet(EntryFormLayout.DATA_SHEET);
            Forms.cell(sheet, Forms.rowOf(sheet, "21028"), Forms.columnOf(sheet, "CM_COUPLES")).setCellValue(3);
            return Forms.save(book, dir.resolve(name));
        }
    }

    /** The workbook with its data sheet's XML changed, every other part as it was. */
    private Path rewrite(Path from, String name, UnaryOperator<String> change) throws IOException {
        Path to = dir.resolve(name);
        try (ZipFile zip = new ZipFile(from.toFile()); OutputStream file = Files.newOutputStream(to); ZipOutputStream out = new ZipOutputStream(file)) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                byte[] bytes;
                try (InputStream in = zip.getInputStream(entry)) {
                    bytes = in.readAllBytes();
                }
                if (entry.getName().equals(SHEET)) bytes = change.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        return to;
    }

    /** Imports the file, checks that it is refused as unreadable, and returns all the user was shown. */
    private String assertUnreadable(Path file) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        ImportJob.FileResult result;
        try (PrintStream capture = new PrintStream(console, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            System.setErr(capture);
            result = Forms.importFile(store, file);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertThat(result.imported()).as(file.getFileName().toString()).isPresent();
        ImportResult imported = result.imported().get();
        assertThat(imported.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("form.unreadable");
            assertThat(p.message().render(Forms.VIETNAMESE)).isEqualTo("Không đọc được tệp Excel.");
            assertThat(p.message().render(Forms.ENGLISH)).isEqualTo("The Excel file cannot be read.");
        });
        assertThat(store.size()).isZero();
        String shown = Forms.rendered(imported.problems().get(0)) + "\n" + console.toString(StandardCharsets.UTF_8);
        assertThat(Forms.lower(shown)).doesNotContain("exception", "poi", "apache", "sax", "xml", "zip", "bomb", "org.", "java.");
        assertThat(console.toString(StandardCharsets.UTF_8)).as("nothing on the console").isEmpty();
        return shown;
    }
}
