package vn.baocao.api.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import vn.baocao.api.service.IndicatorCatalog;
import vn.baocao.api.service.UnitDirectory;

/** What the platform gives a plugin's constraint validator when it builds one. */
@API(status = EXPERIMENTAL, since = "0.2")
public interface PlatformServices {

    /** Every indicator and program type the loaded plugins contribute. */
    IndicatorCatalog indicators();

    /** The administrative units the platform knows, with their history. */
    UnitDirectory units();
}
