package vn.baocao.api.report;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Kinds of report under the reporting regime (Decree 09/2019) and the campaign law. */
@API(status = STABLE, since = "0.1")
public enum ReportKind {
    /** Định kỳ: monthly, quarterly, half-yearly, yearly. */
    PERIODIC,
    /** Chuyên đề. */
    THEMATIC,
    /** Đột xuất. */
    AD_HOC,
    /** Sơ kết: a review part-way through a campaign or program phase. */
    MID_PHASE_REVIEW,
    /** Tổng kết: the review at the end of a phase. */
    FINAL_REVIEW
}
