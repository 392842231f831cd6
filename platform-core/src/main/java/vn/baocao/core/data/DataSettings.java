package vn.baocao.core.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What an installation says about the values it takes in.
 *
 * @param ruleFiles the rule files of its {@code conf/rules/}, in the order they apply
 * @param numberStyle how its data files write numbers, when they all do it one way
 * @param dataFolder a folder besides a report source's own from which its {@code data:} may read
 */
public record DataSettings(List<Path> ruleFiles, NumberStyle numberStyle, Optional<Path> dataFolder) {
    public static final DataSettings NONE = new DataSettings(List.of(), NumberStyle.UNDECLARED, Optional.empty());

    public DataSettings {
        ruleFiles = List.copyOf(ruleFiles);
        numberStyle = numberStyle == null ? NumberStyle.UNDECLARED : numberStyle;
        dataFolder = dataFolder == null ? Optional.empty() : dataFolder;
    }
}
