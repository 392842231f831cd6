package vn.baocao.core.data;

import vn.baocao.core.i18n.MessageRef;

/** Something wrong in a data file, at a line and column (1-based). */
public record DataProblem(String code, int line, int column, MessageRef message, MessageRef hint) {}
