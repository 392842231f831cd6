package vn.baocao.core.units;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.baocao.api.service.UnitDirectory;
import vn.baocao.api.unit.AdministrativeUnit;
import vn.baocao.api.unit.UnitLevel;
import vn.baocao.api.unit.UnitSuccession;
import vn.baocao.api.unit.Validity;

/**
 * The administrative units shipped with the platform: the 34 provinces and 3,321 communes in force
 * from 1 July 2025, the provinces, districts and communes of old Quảng Ngãi and Kon Tum before that
 * day with each old commune's successors, and the earlier changes of the files of unit changes
 * (the platform's own, {@code changes/quang-ngai.yaml}, then an installation's {@code conf/units/}).
 * Read on first use, since most commands never ask.
 */
public final class BundledUnitDirectory implements UnitDirectory {
    /** The day the 2025 reorganisation took effect. */
    public static final LocalDate REORGANISATION = LocalDate.of(2025, 7, 1);
    private static final LocalDate LAST_OLD_DAY = REORGANISATION.minusDays(1);
    private static final String PROVINCE_MERGER = "NQ 202/2025/QH15";
    /** The platform's own files of unit changes, beside this class. */
    private static final List<String> BUNDLED_CHANGES = List.of("changes/quang-ngai.yaml");

    private record Index(Map<String, List<AdministrativeUnit>> byCode, Map<String, List<UnitSuccession>> successions) {}

    private final List<Path> changeFiles;
    private volatile Index index;

    /** The shipped units only. */
    public BundledUnitDirectory() {
        this(List.of());
    }

    /** The shipped units with an installation's files of changes applied after the platform's own. */
    public BundledUnitDirectory(List<Path> changeFiles) {
        this.changeFiles = List.copyOf(changeFiles);
    }

    /**
     * Reads the units now rather than on first use, so that a file of changes that does not fit is
     * refused before a command starts.
     *
     * @throws UnitChangesException naming the file and the place in it
     */
    public void check() {
        index();
    }

    @Override
    public List<AdministrativeUnit> units() {
        return index().byCode().values().stream().flatMap(List::stream)
                .sorted(Comparator.comparing(AdministrativeUnit::code).thenComparing(u -> u.validity().from()))
                .toList();
    }

    @Override
    public Optional<AdministrativeUnit> unit(String code, LocalDate day) {
        return unitsWithCode(code).stream().filter(u -> u.existsOn(day)).findFirst();
    }

    @Override
    public List<AdministrativeUnit> unitsWithCode(String code) {
        return index().byCode().getOrDefault(code, List.of());
    }

    @Override
    public List<AdministrativeUnit> children(String code, LocalDate day) {
        return index().byCode().values().stream()
                .flatMap(List::stream)
                .filter(u -> u.existsOn(day) && u.parentCode().filter(code::equals).isPresent())
                .sorted(Comparator.comparing(AdministrativeUnit::code))
                .toList();
    }

    @Override
    public Optional<UnitSuccession> succession(String code) {
        List<UnitSuccession> steps = successions(code);
        return steps.isEmpty() ? Optional.empty() : Optional.of(steps.get(steps.size() - 1));
    }

    @Override
    public List<UnitSuccession> successions(String code) {
        return index().successions().getOrDefault(code, List.of());
    }

    private Index index() {
        Index i = index;
        if (i == null) {
            synchronized (this) {
                if (index == null) {
                    index = load();
                }
                i = index;
            }
        }
        return i;
    }

    private Index load() {
        Map<String, List<AdministrativeUnit>> byCode = new HashMap<>();
        Map<String, List<UnitSuccession>> successions = new HashMap<>();
        JsonNode national = read("vietnam-2025.json");
        Validity current = Validity.since(LocalDate.parse(national.get("valid_from").asString()));
        for (JsonNode province : national.get("provinces")) {
            String p = province.get("code").asString();
            add(byCode, new AdministrativeUnit(p, province.get("name").asString(), UnitLevel.PROVINCE, Optional.empty(), current));
            for (JsonNode commune : province.get("communes")) {
                add(byCode, new AdministrativeUnit(commune.get("code").asString(), commune.get("name").asString(),
                        UnitLevel.COMMUNE, Optional.of(p), current));
            }
        }
        Validity old = Validity.between(Validity.BEGINNING, LAST_OLD_DAY);
        for (JsonNode province : read("quang-ngai.json").get("before_2025_07_01")) {
            String p = province.get("province_code").asString();
            add(byCode, new AdministrativeUnit(p, province.get("province_name").asString(), UnitLevel.PROVINCE, Optional.empty(), old));
            successions.put(p, new ArrayList<>(List.of(new UnitSuccession(p, List.of("51"), REORGANISATION, PROVINCE_MERGER))));
            for (JsonNode district : province.get("districts")) {
                String d = district.get("code").asString();
                add(byCode, new AdministrativeUnit(d, district.get("name").asString(), UnitLevel.DISTRICT, Optional.of(p), old));
                for (JsonNode commune : district.get("communes")) {
                    String c = commune.get("code").asString();
                    add(byCode, new AdministrativeUnit(c, commune.get("name").asString(), UnitLevel.COMMUNE, Optional.of(d), old));
                    Set<String> to = new LinkedHashSet<>();
                    Set<String> basis = new LinkedHashSet<>();
                    for (JsonNode s : commune.path("successors")) {
                        to.add(s.get("code").asString());
                        basis.add(s.path("citation").asString(""));
                    }
                    if (!to.isEmpty()) {
                        successions.put(c, new ArrayList<>(List.of(new UnitSuccession(c, List.copyOf(to), REORGANISATION, String.join(" | ", basis)))));
                    }
                }
            }
        }
        UnitHistory history = new UnitHistory(byCode, successions);
        for (String name : BUNDLED_CHANGES) {
            try (InputStream in = BundledUnitDirectory.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("unit changes missing from the platform: " + name);
                }
                history.apply(UnitChangeFile.read(in, name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (Path file : changeFiles) {
            try (InputStream in = Files.newInputStream(file)) {
                history.apply(UnitChangeFile.read(in, file.toString()));
            } catch (IOException e) {
                throw new UnitChangesException(vn.baocao.core.i18n.MessageRef.of("units.changes.unreadable", file, String.valueOf(e.getMessage())),
                        vn.baocao.core.i18n.MessageRef.of("units.changes.unreadable.hint"));
            }
        }
        byCode.values().forEach(list -> list.sort(Comparator.comparing(u -> u.validity().from())));
        Map<String, List<UnitSuccession>> frozen = new HashMap<>();
        successions.forEach((code, steps) -> frozen.put(code, List.copyOf(steps)));
        return new Index(byCode, frozen);
    }

    private static void add(Map<String, List<AdministrativeUnit>> byCode, AdministrativeUnit unit) {
        // a name in the copied data may end with a space ("Xã Bình Thanh ")
        AdministrativeUnit clean = new AdministrativeUnit(unit.code(), unit.name().strip(), unit.level(), unit.parentCode(), unit.validity());
        byCode.computeIfAbsent(unit.code(), k -> new ArrayList<>(1)).add(clean);
    }

    private static JsonNode read(String name) {
        try (InputStream in = BundledUnitDirectory.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("unit data missing from the platform: " + name);
            }
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
