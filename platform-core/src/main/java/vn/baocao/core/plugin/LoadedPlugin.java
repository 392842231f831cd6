package vn.baocao.core.plugin;

import java.util.List;
import vn.baocao.api.spi.PluginDescriptor;

/** A plugin that was accepted, with where it came from and the constraint validators it registered. */
public record LoadedPlugin(PluginDescriptor descriptor, Module module, String location,
                           List<Class<?>> constraintValidators) {

    public LoadedPlugin {
        constraintValidators = List.copyOf(constraintValidators);
    }

    /** "child-marriage (…/lib/plugin-child-marriage.jar)": how conflicts name a plugin. */
    public String label() {
        return descriptor.id() + " (" + location + ")";
    }
}
