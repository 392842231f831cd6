package vn.baocao.api.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The entry point of a format plugin, found with {@link java.util.ServiceLoader}, so that an
 * integrator can leave a format (and its libraries) out of a distribution.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface ReportFormatProvider {

    PluginDescriptor descriptor();

    List<ReportFormat> formats();
}
