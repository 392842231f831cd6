package vn.baocao.core.outline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.dataformat.yaml.YAMLMapper;
import vn.baocao.api.report.Outline;

/**
 * The outlines shipped with the platform, by id: YAML files in this package, listed in
 * {@code outlines.txt}. An outline is data because the receiving body sets it and every agency that
 * answers the same request uses the same one.
 */
public final class OutlineCatalog {
    private static final String INDEX = "outlines.txt";
    private final Map<String, Outline> loaded = new ConcurrentHashMap<>();
    private final YAMLMapper yaml = YAMLMapper.builder().build();

    /** The ids of the shipped outlines. */
    public List<String> ids() {
        try (InputStream in = OutlineCatalog.class.getResourceAsStream(INDEX)) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<Outline> find(String id) {
        if (!ids().contains(id)) {
            return Optional.empty();
        }
        return Optional.of(loaded.computeIfAbsent(id, this::read));
    }

    private Outline read(String id) {
        try (InputStream in = OutlineCatalog.class.getResourceAsStream(id + ".yaml")) {
            if (in == null) {
                throw new IllegalStateException("outline " + id + " is listed but missing from the platform");
            }
            return yaml.readValue(in, Outline.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
