package vn.baocao.api.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The entry point of a program plugin, found with {@link java.util.ServiceLoader}. Declare it in the
 * plugin's {@code module-info.java} ({@code provides vn.baocao.api.spi.ProgramTypeProvider with …;})
 * and, for the class path, in {@code META-INF/services}.
 *
 * <p>Like a Jackson module, a provider has an identity and one method that receives a narrow
 * context through which it registers everything it contributes. The platform calls
 * {@link #contribute(ProgramContext)} once, after checking {@link PluginDescriptor#platformRange()};
 * what it registers becomes visible only if the whole contribution is accepted.
 */
@API(status = STABLE, since = "0.1")
public interface ProgramTypeProvider {

    PluginDescriptor descriptor();

    void contribute(ProgramContext context);

    /**
     * The quantities an installation may set for this plugin, each with its default; the values in
     * force are read in {@link #contribute} with {@link ProgramContext#setting(Setting)}.
     */
    @API(status = EXPERIMENTAL, since = "0.2")
    default List<Setting<?>> settings() {
        return List.of();
    }
}
