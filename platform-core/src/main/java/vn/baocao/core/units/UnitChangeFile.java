package vn.baocao.core.units;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import vn.baocao.api.unit.UnitLevel;
import vn.baocao.core.i18n.MessageRef;

/**
 * Reads a file of unit changes (YAML or JSON):
 *
 * <pre>
 * changes:
 *   - date: 2020-02-01
 *     kind: merge
 *     basis: "867/NQ-UBTVQH14: nhập xã Trà Quân và xã Trà Khê thành xã Sơn Trà"
 *     from:
 *       - {code: "21148", name: "Xã Trà Khê", level: commune, parent: "526"}
 *       - {code: "21151", name: "Xã Trà Quân", level: commune, parent: "526"}
 *     to:
 *       - {code: "21148"}
 * </pre>
 *
 * Every field is checked for its form here, with the place it is written; whether the changes fit
 * the units known is checked when they are applied ({@link UnitHistory}).
 */
final class UnitChangeFile {
    private static final Set<String> TOP = Set.of("about", "changes");
    private static final Set<String> CHANGE = Set.of("date", "kind", "basis", "from", "to");
    private static final Set<String> REF = Set.of("code", "name", "level", "parent", "new");

    private UnitChangeFile() {}

    static List<UnitChange> read(InputStream in, String file) {
        JsonNode root;
        try {
            root = YAMLMapper.builder().build().readTree(in);
        } catch (JacksonException e) {
            throw invalid(file, "", "units.changes.notYaml", String.valueOf(e.getOriginalMessage()));
        } catch (RuntimeException e) {
            throw invalid(file, "", "units.changes.notYaml", String.valueOf(e.getMessage()));
        }
        try {
            in.close();
        } catch (IOException ignored) {
            // read fully already
        }
        if (root == null || !root.isObject()) {
            throw invalid(file, "", "units.changes.notAMap");
        }
        onlyFields(root, TOP, file, "");
        JsonNode list = root.path("changes");
        if (!list.isArray() || list.isEmpty()) {
            throw invalid(file, "/changes", "units.changes.noChanges");
        }
        List<UnitChange> changes = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            changes.add(change(list.get(i), file, "/changes/" + i));
        }
        return changes;
    }

    private static UnitChange change(JsonNode node, String file, String at) {
        if (!node.isObject()) {
            throw invalid(file, at, "units.changes.notAMap");
        }
        onlyFields(node, CHANGE, file, at);
        LocalDate date;
        String dateText = text(node, "date", file, at);
        try {
            date = LocalDate.parse(dateText);
        } catch (DateTimeParseException e) {
            throw invalid(file, at + "/date", "units.changes.notADate", dateText);
        }
        String kindText = text(node, "kind", file, at);
        UnitChange.Kind kind;
        try {
            kind = UnitChange.Kind.valueOf(kindText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid(file, at + "/kind", "units.changes.unknownKind", kindText);
        }
        String basis = text(node, "basis", file, at);
        List<UnitChange.Ref> from = refs(node, "from", file, at);
        List<UnitChange.Ref> to = refs(node, "to", file, at);
        UnitChange change = new UnitChange(date, kind, from, to, basis, where(file, at));
        checkShape(change, file, at);
        return change;
    }

    /** The number of units on each side, and the code kept, that each kind requires. */
    private static void checkShape(UnitChange c, String file, String at) {
        boolean sameCode = c.from().size() == 1 && c.to().size() == 1 && c.from().get(0).code().equals(c.to().get(0).code());
        boolean fits = switch (c.kind()) {
            case MERGE -> c.to().size() == 1 && (c.from().size() >= 2 || !c.from().get(0).code().equals(c.to().get(0).code()));
            case SPLIT -> c.from().size() == 1 && c.to().size() >= 2;
            case ABOLISH -> c.to().size() == 1;
            case RECLASSIFY, RENAME, TRANSFER -> sameCode;
        };
        if (!fits) {
            throw invalid(file, at, "units.changes.shape." + c.kind().name());
        }
    }

    private static List<UnitChange.Ref> refs(JsonNode node, String field, String file, String at) {
        JsonNode list = node.get(field);
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw invalid(file, at + "/" + field, "units.changes.noUnits", field);
        }
        List<UnitChange.Ref> refs = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String here = at + "/" + field + "/" + i;
            JsonNode ref = list.get(i);
            if (!ref.isObject()) {
                throw invalid(file, here, "units.changes.notAMap");
            }
            onlyFields(ref, REF, file, here);
            String code = text(ref, "code", file, here);
            if (!code.matches("\\d{2}|\\d{3}|\\d{5}")) {
                throw invalid(file, here + "/code", "units.changes.badCode", code);
            }
            Optional<UnitLevel> level = Optional.empty();
            if (ref.has("level")) {
                String l = text(ref, "level", file, here);
                try {
                    level = Optional.of(UnitLevel.valueOf(l.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw invalid(file, here + "/level", "units.changes.unknownLevel", l);
                }
            }
            Optional<String> name = ref.has("name") ? Optional.of(text(ref, "name", file, here)) : Optional.empty();
            Optional<String> parent = ref.has("parent") ? Optional.of(text(ref, "parent", file, here)) : Optional.empty();
            boolean isNew = ref.path("new").asBoolean(false);
            refs.add(new UnitChange.Ref(code, name, level, parent, isNew, where(file, here)));
        }
        return refs;
    }

    private static String text(JsonNode node, String field, String file, String at) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || !value.isValueNode() || value.asString("").isBlank()) {
            throw invalid(file, at + "/" + field, "units.changes.missing", field);
        }
        return Normalizer.normalize(value.asString().strip(), Normalizer.Form.NFC);
    }

    private static void onlyFields(JsonNode node, Set<String> known, String file, String at) {
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                throw new UnitChangesException(MessageRef.of("units.changes.unknownField", where(file, at + "/" + name), name),
                        MessageRef.of("units.changes.fields", String.join(", ", known.stream().sorted().toList())));
            }
        }
    }

    static String where(String file, String pointer) {
        return pointer.isEmpty() ? file : file + " " + pointer;
    }

    private static UnitChangesException invalid(String file, String pointer, String key, Object... arguments) {
        Object[] all = new Object[arguments.length + 1];
        all[0] = where(file, pointer);
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        return new UnitChangesException(MessageRef.of(key, all), MessageRef.of(key + ".hint"));
    }
}
