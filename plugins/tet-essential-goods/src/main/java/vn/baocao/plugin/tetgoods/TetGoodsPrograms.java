package vn.baocao.plugin.tetgoods;

import java.util.ArrayList;
import java.util.List;
import vn.baocao.api.program.Program;
import vn.baocao.api.spi.RuleSubject;

/** The programs of this type in a source, with their index for JSON pointers. */
final class TetGoodsPrograms {
    record Indexed(int index, Program program) {
        String pointerTo(int result) {
            return "/programs/" + index + "/results/" + result + "/value";
        }
    }

    private TetGoodsPrograms() {}

    static List<Indexed> in(RuleSubject subject) {
        List<Indexed> found = new ArrayList<>();
        for (int i = 0; i < subject.programs().size(); i++) {
            Program p = subject.programs().get(i);
            if (p.programType().filter(TetGoodsPlugin.ID::equals).isPresent()) {
                found.add(new Indexed(i, p));
            }
        }
        return found;
    }
}
