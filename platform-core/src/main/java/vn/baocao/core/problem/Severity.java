package vn.baocao.core.problem;

/** How much a problem matters; only errors make an input invalid. */
public enum Severity {
    ERROR,
    WARNING,
    INFO
}
