package vn.baocao.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import vn.baocao.api.campaign.Campaign;
import vn.baocao.api.period.Period;
import vn.baocao.api.program.Program;
import vn.baocao.api.program.ProgramResult;
import vn.baocao.api.document.DocumentNumber;
import vn.baocao.api.report.IssueDate;
import vn.baocao.api.report.Report;
import vn.baocao.api.report.ReportKind;
import vn.baocao.api.report.Signature;
import vn.baocao.api.spi.RuleSubject;

/** A report source built in code: programs with their figures, for testing rules and blocks. */
@API(status = EXPERIMENTAL, since = "0.1")
public record TestSubject(List<Program> programs) implements RuleSubject {

    /**
     * The report every test subject belongs to, so that a rule or block reading it meets a real one:
     * the provincial ethnic-affairs committee's periodic report on 2021–2025, unnumbered until signed.
     */
    public static final Report REPORT = new Report(ReportKind.PERIODIC, "UBND TỈNH QUẢNG NGÃI", "BAN DÂN TỘC",
            DocumentNumber.parse("/BC-BDT"), "Quảng Ngãi", IssueDate.parse("2025-12"), Period.parse("2021/2025"),
            "Báo cáo kết quả thực hiện giai đoạn 2021 - 2025", Optional.empty(), List.of("UBND tỉnh"), List.of("VT"),
            new Signature(Optional.empty(), Optional.empty(), "TRƯỞNG BAN", "Nguyễn Văn A"));

    @Override
    public Report report() {
        return REPORT;
    }

    @Override
    public Optional<Campaign> campaign() {
        return Optional.empty();
    }

    public static TestSubject of(Program... programs) {
        return new TestSubject(List.of(programs));
    }

    /** Starts a program of a type, carried out province-wide over 2021–2025. */
    public static ProgramBuilder program(String programType) {
        return new ProgramBuilder(programType);
    }

    /** Builds a program figure by figure. */
    @API(status = EXPERIMENTAL, since = "0.1")
    public static final class ProgramBuilder {
        private final String type;
        private final List<ProgramResult> results = new ArrayList<>();

        ProgramBuilder(String type) {
            this.type = type;
        }

        public ProgramBuilder value(String indicator, String period, long value) {
            return value(indicator, period, Map.of(), BigDecimal.valueOf(value));
        }

        public ProgramBuilder value(String indicator, String period, String value) {
            return value(indicator, period, Map.of(), new BigDecimal(value));
        }

        public ProgramBuilder value(String indicator, String period, Map<String, String> categories, long value) {
            return value(indicator, period, categories, BigDecimal.valueOf(value));
        }

        public ProgramBuilder value(String indicator, String period, Map<String, String> categories, BigDecimal value) {
            results.add(new ProgramResult(indicator, Period.parse(period), categories, value, Optional.empty()));
            return this;
        }

        public Program build() {
            return new Program(Optional.of(type), type, "Ban Dân tộc tỉnh", "51", Period.parse("2021/2025"), results);
        }
    }
}
