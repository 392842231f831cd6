package vn.baocao.core.plugin;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.baocao.api.spi.PlatformServices;
import vn.baocao.api.spi.PluginDescriptor;
import vn.baocao.api.spi.Setting;

/**
 * A plugin that was accepted: where it came from, the constraint validators it registered (those it
 * makes itself with their factories), and its settings with the values the installation set.
 */
public record LoadedPlugin(PluginDescriptor descriptor, Module module, String location,
                           List<Class<?>> constraintValidators, Map<Class<?>, Function<PlatformServices, ?>> validatorFactories,
                           List<Setting<?>> settings, Map<String, Object> settingValues) {

    public LoadedPlugin {
        constraintValidators = List.copyOf(constraintValidators);
        validatorFactories = Map.copyOf(validatorFactories);
        settings = List.copyOf(settings);
        settingValues = Map.copyOf(settingValues);
    }

    /** "child-marriage (…/lib/plugin-child-marriage.jar)": how conflicts name a plugin. */
    public String label() {
        return descriptor.id() + " (" + location + ")";
    }

    /** The value in force of a setting: the installation's, or else its default. */
    public Object valueOf(Setting<?> setting) {
        return settingValues.containsKey(setting.key()) ? settingValues.get(setting.key()) : setting.defaultValue();
    }
}
