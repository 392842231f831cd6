package vn.baocao.api.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.InputStream;
import org.apiguardian.api.API;

/**
 * Opens a resource of the plugin's own module for the platform, so that the plugin need not open its
 * packages to anyone: pass {@code MyPlugin.class::getResourceAsStream}. The platform asks for
 * absolute names ({@code /vn/example/messages_en.properties}).
 */
@API(status = EXPERIMENTAL, since = "0.2")
@FunctionalInterface
public interface BundleResources {

    /** The resource, or null if the module has none of that name. */
    InputStream open(String absoluteName) throws IOException;
}
