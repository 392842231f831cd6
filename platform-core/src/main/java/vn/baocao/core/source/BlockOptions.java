package vn.baocao.core.source;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.baocao.api.indicator.Indicator;
import vn.baocao.api.period.Period;
import vn.baocao.api.program.ProgramType;
import vn.baocao.api.service.UnitDirectory;
import vn.baocao.api.spi.BlockOption;
import vn.baocao.api.spi.ReportBlock;
import vn.baocao.core.i18n.MessageRef;
import vn.baocao.core.plugin.Registry;
import vn.baocao.core.read.Suggestions;

/**
 * Checks one use of a block against the options it declares: every option given is one it takes,
 * every required one is given, and each value is of its type and names something the platform
 * knows (a program type, an indicator, a unit). A block computes only from options that passed.
 */
public final class BlockOptions {
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private final Registry registry;
    private final UnitDirectory units;

    @Inject
    public BlockOptions(Registry registry, UnitDirectory units) {
        this.registry = registry;
        this.units = units;
    }

    /** The findings on the options of a block placed at {@code at} (the item's pointer). */
    public List<SourceReferences.Finding> check(ReportBlock block, Map<String, String> given, String at) {
        List<SourceReferences.Finding> findings = new ArrayList<>();
        List<BlockOption> declared = block.options();
        List<String> names = declared.stream().map(BlockOption::name).toList();
        given.forEach((name, value) -> {
            String here = at + "/options/" + SourceReferences.escape(name);
            Optional<BlockOption> option = declared.stream().filter(o -> o.name().equals(name)).findFirst();
            if (option.isEmpty()) {
                findings.add(new SourceReferences.Finding("block.option.unknown", here,
                        MessageRef.of("block.option.unknown", block.id(), name), unknownHint(name, names)));
            } else {
                checkValue(block, option.get(), value, here).ifPresent(findings::add);
            }
        });
        for (BlockOption option : declared) {
            if (option.required() && !given.containsKey(option.name())) {
                findings.add(new SourceReferences.Finding("block.option.missing", given.isEmpty() ? at + "/block" : at + "/options",
                        MessageRef.of("block.option.missing", block.id(), option.name()),
                        MessageRef.of("block.option.missing.hint", option.name(), option.meaning().vi(), option.meaning().en())));
            }
        }
        return findings;
    }

    private static MessageRef unknownHint(String name, List<String> names) {
        if (names.isEmpty()) {
            return MessageRef.of("block.option.none");
        }
        Optional<String> nearest = Suggestions.nearest(name, names);
        return nearest.map(n -> MessageRef.of("block.option.didYouMean", n, String.join(", ", names)))
                .orElse(MessageRef.of("block.option.known", String.join(", ", names)));
    }

    private Optional<SourceReferences.Finding> checkValue(ReportBlock block, BlockOption option, String value, String here) {
        String v = value == null ? "" : value.strip();
        Optional<MessageRef> wrong = switch (option.type()) {
            case TEXT -> v.isEmpty() ? Optional.of(MessageRef.of("block.option.text.hint")) : Optional.empty();
            case YEAR -> YEAR.matcher(v).matches() && isPeriod(v) ? Optional.empty() : Optional.of(MessageRef.of("block.option.year.hint"));
            case PERIOD -> isPeriod(v) ? Optional.empty() : Optional.of(MessageRef.of("block.option.period.hint"));
            case DATE -> isDate(v) ? Optional.empty() : Optional.of(MessageRef.of("block.option.date.hint"));
            case PROGRAM_TYPE -> among(v, registry.programTypes().stream().map(ProgramType::id).sorted().toList(), "block.option.programType.hint");
            case INDICATOR -> among(v, registry.indicators().stream().map(Indicator::code).sorted().toList(), "block.option.indicator.hint");
            case UNIT -> units.isKnown(v) ? Optional.empty() : Optional.of(MessageRef.of("block.option.unit.hint"));
            case CHOICE -> among(v, option.allowed(), "block.option.choice.hint");
        };
        return wrong.map(hint -> new SourceReferences.Finding("block.option.invalid", here,
                MessageRef.of("block.option.invalid", block.id(), option.name(), value == null ? "" : value,
                        MessageRef.of("block.option.type." + option.type().name())), hint));
    }

    /** Nothing when the value is one of the known ones; otherwise the hint, with the nearest one first. */
    private static Optional<MessageRef> among(String value, List<String> known, String hintKey) {
        if (known.contains(value)) {
            return Optional.empty();
        }
        String list = known.size() > 12 ? String.join(", ", known.subList(0, 12)) + ", …" : String.join(", ", known);
        return Optional.of(Suggestions.nearest(value, known)
                .map(n -> MessageRef.of(hintKey + ".didYouMean", n, list))
                .orElse(MessageRef.of(hintKey, list)));
    }

    private static boolean isPeriod(String v) {
        try {
            Period.parse(v);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isDate(String v) {
        try {
            LocalDate.parse(v);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
