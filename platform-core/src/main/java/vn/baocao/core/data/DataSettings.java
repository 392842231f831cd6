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
 * @param unitChangeFiles the files of unit changes of its {@code conf/units/}, applied after the platform's own
 */
public record DataSettings(List<Path> ruleFiles, NumberStyle numberStyle, Optional<Path> dataFolder, List<Path> unitChangeFiles) {
    public static final DataSettings NONE = new DataSettings(List.of(), NumberStyle.UNDECLARED, Optional.empty(), List.of());

    public DataSettings(List<Path> ruleFiles, NumberStyle numberStyle, Optional<Path> dataFolder) {
        this(ruleFiles, numberStyle, dataFolder, List.of());
    }

    public DataSettings {
        ruleFiles = List.copyOf(ruleFiles);
        unitChangeFiles = unitChangeFiles == null ? List.of() : List.copyOf(unitChangeFiles);
        numberStyle = numberStyle == null ? NumberStyle.UNDECLARED : numberStyle;
        dataFolder = dataFolder == null ? Optional.empty() : dataFolder;
    }
}
