package vn.baocao.core.plugin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import vn.baocao.api.spi.PluginDescriptor;
import vn.baocao.core.i18n.MessageRef;

/**
 * The order in which plugins are considered: each after the plugins it requires, otherwise in the
 * order found. Plugins that require each other in a circle are each refused, naming the circle.
 */
final class PluginOrder {

    /** A plugin in its turn, refused if it is part of a cycle. */
    record Step<T>(T plugin, Optional<Acceptance.Refusal> refusal) {}

    private PluginOrder() {}

    static <T> List<Step<T>> of(List<T> plugins, Function<T, PluginDescriptor> describe) {
        Map<String, T> byId = new LinkedHashMap<>();
        plugins.forEach(p -> byId.putIfAbsent(describe.apply(p).id(), p));
        Map<String, Integer> state = new LinkedHashMap<>();
        List<Step<T>> order = new ArrayList<>();
        for (T plugin : plugins) {
            visit(describe.apply(plugin).id(), byId, describe, state, new ArrayList<>(), order);
        }
        return order;
    }

    private static final int VISITING = 1;
    private static final int DONE = 2;

    private static <T> void visit(String id, Map<String, T> byId, Function<T, PluginDescriptor> describe, Map<String, Integer> state,
                                  List<String> path, List<Step<T>> order) {
        T plugin = byId.get(id);
        if (plugin == null || state.getOrDefault(id, 0) == DONE) {
            return;
        }
        if (state.getOrDefault(id, 0) == VISITING) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(id), path.size()));
            cycle.add(id);
            String circle = String.join(" → ", cycle);
            for (String member : cycle.subList(0, cycle.size() - 1)) {
                state.put(member, DONE);
                order.add(new Step<>(byId.get(member), Optional.of(new Acceptance.Refusal(PluginStatus.FAILED,
                        MessageRef.of("plugin.requires.cycle", circle), MessageRef.of("plugin.requires.cycle.hint")))));
            }
            return;
        }
        state.put(id, VISITING);
        path.add(id);
        for (PluginDescriptor.Requirement required : describe.apply(plugin).requires()) {
            visit(required.pluginId(), byId, describe, state, path, order);
        }
        path.remove(path.size() - 1);
        if (state.get(id) == VISITING) {
            state.put(id, DONE);
            order.add(new Step<>(plugin, Optional.empty()));
        }
    }
}
