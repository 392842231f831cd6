package vn.baocao.core.data;

import java.util.Optional;

import vn.baocao.core.i18n.MessageRef;

/**
 * Something wrong in a data file, at a line and column (1-based).
 *
 * @param field the field (0-based) the problem is in, or -1 when it concerns the whole line; a reader
 *              of another format (a spreadsheet) maps it back to its own cell
 * @param cell the spreadsheet cell ({@code 'Số liệu'!D7}) when the data came from one
 * @param pointer the JSON pointer ({@code /values/3/value}) when the data came from YAML or JSON
 */
public record DataProblem(String code, int line, int field, int column, MessageRef message, MessageRef hint,
                          Optional<String> cell, Optional<String> pointer) {

    public DataProblem {
        cell = cell == null ? Optional.empty() : cell;
        pointer = pointer == null ? Optional.empty() : pointer;
    }

    public DataProblem(String code, int line, int field, int column, MessageRef message, MessageRef hint) {
        this(code, line, field, column, message, hint, Optional.empty(), Optional.empty());
    }

    /** The same problem placed at a spreadsheet cell. */
    public DataProblem at(String cellReference) {
        return new DataProblem(code, line, field, column, message, hint, Optional.of(cellReference), pointer);
    }
}
