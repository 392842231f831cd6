package vn.baocao.core.read;

import java.util.Optional;
import vn.baocao.core.i18n.MessageRef;
import vn.baocao.core.problem.Severity;

/**
 * A problem found while reading, before it is put into the user's language: its JSON pointer, and
 * its position when the parser knew it better than the pointer does.
 */
public record ReadProblem(Severity severity, String code, String pointer, MessageRef message,
                          Optional<MessageRef> hint, Optional<LocationIndex.Position> position) {

    public static ReadProblem error(String code, String pointer, MessageRef message, MessageRef hint) {
        return new ReadProblem(Severity.ERROR, code, pointer, message, Optional.ofNullable(hint), Optional.empty());
    }

    public ReadProblem at(LocationIndex.Position where) {
        return new ReadProblem(severity, code, pointer, message, hint, Optional.of(where));
    }
}
