package vn.baocao.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import vn.baocao.api.indicator.Indicator;
import vn.baocao.api.period.Period;
import vn.baocao.api.program.ProgramType;
import vn.baocao.api.service.UnitDirectory;
import vn.baocao.api.unit.AdministrativeUnit;
import vn.baocao.api.unit.UnitLevel;
import vn.baocao.core.Platform;
import vn.baocao.core.PlatformOptions;
import vn.baocao.core.data.ImportJob;
import vn.baocao.core.data.ImportOptions;
import vn.baocao.core.data.ImportResult;
import vn.baocao.core.data.ValueStore;
import vn.baocao.core.units.BundledUnitDirectory;

/**
 * How fast a filled entry form imports, beside a baseline measured in the same run: writes an entry
 * form of 100,000 values (2,000 communes × 50 columns of {@link HarnessIndicatorsPlugin}), then, in
 * each round, times POI's own SAX walk of its data sheet with no checks ({@link XSSFSheetXMLHandler},
 * every cell formatted as text and dropped) and the platform's import of the same file (the streaming
 * reader, every value checked and stored), and prints values per second of each, and the floor under
 * both: the JDK's XML parser over the same sheet with nothing done.
 *
 * <p>Not a unit test: it runs on the class path, where the platform finds the harness's program by
 * {@code META-INF/services}:
 *
 * <pre>./mvnw -q -o -pl platform-excel test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-Xmx1g -cp %classpath vn.baocao.excel.EntryFormImportHarness [FILE] [ROUNDS]"</pre>
 */
public final class EntryFormImportHarness {
    private static final int UNITS = 2_000;

    private EntryFormImportHarness() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "target/harness/entry-form-100k.xlsx").toAbsolutePath();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        System.out.printf("machine: %d cores, %s, %s %s, %s %s, max heap %d MB%n", Runtime.getRuntime().availableProcessors(), cpu(),
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);

        Platform platform = Platform.start(PlatformOptions.defaults());
        ProgramType program = platform.registry().programType(HarnessIndicatorsPlugin.PROGRAM).orElseThrow(() -> new IllegalStateException(
                "the harness's program is not loaded: run the harness on the class path (see its Javadoc)"));
        long t = System.nanoTime();
        long values = write(platform, program, file);
        System.out.printf("form: %s, %,d values (%d units × %d columns), %.1f MB (written and filled in %.1f s)%n", file, values, UNITS,
                values / UNITS, Files.size(file) / 1e6, (System.nanoTime() - t) / 1e9);

        ImportJob job = platform.service(ImportJob.class);
        for (int round = 1; round <= rounds; round++) {
            long b0 = System.nanoTime();
            long cells = poiSaxWalk(file);
            double baseline = (System.nanoTime() - b0) / 1e9;

            ValueStore store = job.newStore();
            long i0 = System.nanoTime();
            ImportResult result = job.importFile(store, file, file.getFileName().toString(), ImportOptions.defaults()).imported().orElseThrow();
            double imported = (System.nanoTime() - i0) / 1e9;
            if (!result.stored() || result.rows() != values) {
                throw new IllegalStateException("the form did not import whole: " + result.problems().stream().limit(3).toList());
            }
            long f0 = System.nanoTime();
            long elements = xmlFloor(file);
            double floor = (System.nanoTime() - f0) / 1e9;
            System.out.printf("round %d: import %.3f s, %,.0f values/s (every value checked and stored) | baseline POI SAX walk %.3f s, "
                            + "%,.0f values/s (%,d cells, no checks) | import/baseline time %.2f× | XML floor %.3f s (%,d cells parsed, nothing done)%n",
                    round, imported, values / imported, baseline, values / baseline, cells, imported / baseline, floor, elements);
        }
    }

    /** Writes the form with {@link EntryFormWriter} and fills every value cell, as POI stands in for Excel. */
    private static long write(Platform platform, ProgramType program, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Period period = Period.parse("2026");
        UnitDirectory directory = platform.service(UnitDirectory.class);
        LocalDate day = period.end();
        List<AdministrativeUnit> communes = new BundledUnitDirectory().units().stream()
                .filter(u -> u.level() == UnitLevel.COMMUNE && u.existsOn(day)).limit(UNITS).toList();
        if (communes.size() < UNITS) throw new IllegalStateException("only " + communes.size() + " communes");
        AdministrativeUnit area = directory.unit("51", day).orElseThrow();
        List<Indicator> indicators = platform.registry().indicatorsOf(program.id());
        Path template = file.resolveSibling("template-" + file.getFileName());
        new EntryFormWriter(platform.messages()).write(program, indicators, area, communes, period, template);
        long values = 0;
        SplittableRandom random = new SplittableRandom(2026);
        try (XSSFWorkbook book = Forms.open(template)) {
            XSSFSheet sheet = book.getSheet(EntryFormLayout.DATA_SHEET);
            int columns = 0;
            for (Indicator indicator : indicators) columns += EntryFormLayout.columns(indicator).size();
            for (int u = 0; u < communes.size(); u++) {
                XSSFRow row = sheet.getRow(EntryFormLayout.FIRST_DATA_ROW + u);
                for (int k = 0; k < columns; k++) {
                    row.getCell(EntryFormLayout.FIRST_VALUE_COLUMN + k).setCellValue(random.nextInt(1000));
                    values++;
                }
            }
            Forms.save(book, file);
        }
        Files.delete(template);
        return values;
    }

    /** POI's event API over the data sheet: each cell formatted as text and dropped. */
    private static long poiSaxWalk(Path file) throws Exception {
        long[] cells = {0};
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    if (!EntryFormLayout.DATA_SHEET.equals(sheets.getSheetName())) continue;
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, new XSSFSheetXMLHandler.SheetContentsHandler() {
                        @Override
                        public void startRow(int rowNum) {}

                        @Override
                        public void endRow(int rowNum) {}

                        @Override
                        public void cell(String reference, String formattedValue, XSSFComment comment) {
                            cells[0]++;
                        }
                    }, new DataFormatter(), false));
                    xml.parse(new InputSource(in));
                }
            }
        }
        return cells[0];
    }

    /** The floor under both: the JDK's SAX parser over the data sheet's XML, each cell counted and nothing else done. */
    private static long xmlFloor(Path file) throws Exception {
        long[] cells = {0};
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader.SheetIterator sheets = new XSSFReader(pkg).getSheetIterator();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    if (!EntryFormLayout.DATA_SHEET.equals(sheets.getSheetName())) continue;
                    SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
                    factory.setNamespaceAware(true);
                    factory.newSAXParser().parse(in, new DefaultHandler() {
                        @Override
                        public void startElement(String uri, String local, String qName, Attributes attributes) {
                            if (local.equals("c")) cells[0]++;
                        }
                    });
                }
            }
        }
        return cells[0];
    }

    private static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("cpu unknown");
        } catch (IOException | RuntimeException e) {
            return "cpu unknown";
        }
    }
}
