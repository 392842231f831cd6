package vn.baocao.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.api.campaign.Activity;
import vn.baocao.api.period.Period;
import vn.baocao.api.report.Section;

/** Reading sources: every mismatch found in one pass, each with its pointer and position. */
class SourceReaderTest {
    @TempDir
    Path dir;

    private final SourceReader reader = new SourceReader();

    private <T> SourceReader.Read<T> read(String name, String content, Class<T> type) throws IOException {
        Path file = Files.writeString(dir.resolve(name), content);
        return (SourceReader.Read<T>) reader.read(file, type);
    }

    @Test
    void everyMismatchOfAFileIsFoundInOnePass() throws IOException {
        SourceReader.Read<Activity> read = read("activity.yaml", """
                descriptio: Tuyên truyền
                period: 2023Q7
                sessions: 2.5
                participants:
                  - 12
                """, Activity.class);
        assertThat(read.problems()).extracting(ReadProblem::code, ReadProblem::pointer).containsExactlyInAnyOrder(
                tuple("field.unknown", "/descriptio"),
                tuple("period.QUARTER", "/period"),
                tuple("value.notWhole", "/sessions"),
                tuple("value.wrongType", "/participants"));
        assertThat(read.value()).isPresent();
        assertThat(read.index().locate("/sessions")).isEqualTo(new LocationIndex.Position(3, 1));
    }

    @Test
    void anUnknownFieldDeepInsideListsHasItsOwnPointer() throws IOException {
        SourceReader.Read<Section> read = read("section.yaml", """
                heading: I
                sections:
                  - heading: "1."
                  - heading: "2."
                    sectons: []
                """, Section.class);
        assertThat(read.problems()).extracting(ReadProblem::code, ReadProblem::pointer)
                .containsExactly(tuple("field.unknown", "/sections/1/sectons"));
        assertThat(read.index().locate("/sections/1/sectons")).isEqualTo(new LocationIndex.Position(5, 5));
    }

    @Test
    void aMissingFieldIsLocatedAtItsParent() throws IOException {
        SourceReader.Read<Section> read = read("section.json", "{\n  \"sections\": [\n    {\"heading\": \"I\"},\n    {}\n  ]\n}\n", Section.class);
        assertThat(read.index().contains("/sections/1/heading")).isFalse();
        assertThat(read.index().locate("/sections/1/heading")).isEqualTo(new LocationIndex.Position(4, 5));
        assertThat(read.index().locate("/sections/0/heading")).isEqualTo(new LocationIndex.Position(3, 6));
    }

    @Test
    void decomposedTextIsReadAsComposedAndReported() throws IOException {
        String decomposed = Normalizer.normalize("Báo cáo sơ kết", Normalizer.Form.NFD);
        SourceReader.Read<Section> read = read("section.yaml", "heading: " + decomposed + "\n", Section.class);
        assertThat(read.value().orElseThrow().heading()).isEqualTo("Báo cáo sơ kết");
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("text.decomposed");
            assertThat(p.position()).contains(new LocationIndex.Position(1, 11));
        });
    }

    @Test
    void decomposedKeysAndTextsThatNoStringFieldHoldsAreComposedToo() throws IOException {
        // a key and a text inside a map: read through neither the text deserializer nor a record component
        String decomposed = Normalizer.normalize("Đặc điểm tình hình", Normalizer.Form.NFD);
        SourceReader.Read<java.util.Map> read = read("map.yaml", decomposed + ": [" + decomposed + "]\n", java.util.Map.class);
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> map = (java.util.Map<String, Object>) read.value().orElseThrow();
        assertThat(map).containsOnlyKeys("Đặc điểm tình hình");
        assertThat(map.get("Đặc điểm tình hình")).isEqualTo(java.util.List.of("Đặc điểm tình hình"));
    }

    @Test
    void aDateWrittenAsANumberIsRefusedRatherThanCountedAsDaysSince1970() throws IOException {
        SourceReader.Read<Dated> read = read("dated.yaml", "day: 19000\n", Dated.class);
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("value.wrongType");
            assertThat(p.pointer()).isEqualTo("/day");
        });
        assertThat(read(("dated.yaml"), "day: 2022-01-08\n", Dated.class).value().orElseThrow().day()).isEqualTo(java.time.LocalDate.of(2022, 1, 8));
    }

    @Test
    void anAliasIsRefusedWhereItIsWrittenRatherThanReadAsItsName() throws IOException {
        SourceReader.Read<Section> read = read("alias.yaml", "other: &h Báo cáo\nheading: *h\n", Section.class);
        assertThat(read.problems()).anySatisfy(p -> {
            assertThat(p.code()).isEqualTo("yaml.alias");
            assertThat(p.position()).contains(new LocationIndex.Position(2, 10));
        });
    }

    public record Dated(java.time.LocalDate day) {}

    @Test
    void aBareYearIsReadAsAPeriod() throws IOException {
        SourceReader.Read<Activity> read = read("activity.yaml", "description: x\nperiod: 2023\n", Activity.class);
        assertThat(read.value().orElseThrow().period()).isEqualTo(new Period.Year(2023));
    }
}
