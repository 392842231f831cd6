package vn.baocao.core.units;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
 * from 1 July 2025, and the provinces, districts and communes of old Quảng Ngãi and Kon Tum before
 * that day with each old commune's successors. Read on first use, since most commands never ask.
 */
public final class BundledUnitDirectory implements UnitDirectory {
    /** The day the 2025 reorganisation took effect. */
    public static final LocalDate REORGANISATION = LocalDate.of(2025, 7, 1);
    private static final LocalDate LAST_OLD_DAY = REORGANISATION.minusDays(1);
    private static final String PROVINCE_MERGER = "NQ 202/2025/QH15";

    private record Index(Map<String, List<AdministrativeUnit>> byCode, Map<String, UnitSuccession> successions) {}

    private volatile Index index;

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
        return Optional.ofNullable(index().successions().get(code));
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

    private static Index load() {
        Map<String, List<AdministrativeUnit>> byCode = new HashMap<>();
        Map<String, UnitSuccession> successions = new HashMap<>();
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
            successions.put(p, new UnitSuccession(p, List.of("51"), REORGANISATION, PROVINCE_MERGER));
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
                        successions.put(c, new UnitSuccession(c, List.copyOf(to), REORGANISATION, String.join(" | ", basis)));
                    }
                }
            }
        }
        byCode.values().forEach(list -> list.sort(Comparator.comparing(u -> u.validity().from())));
        return new Index(byCode, successions);
    }

    private static void add(Map<String, List<AdministrativeUnit>> byCode, AdministrativeUnit unit) {
        byCode.computeIfAbsent(unit.code(), k -> new ArrayList<>(1)).add(unit);
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
