package vn.baocao.api.spi;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** How much a problem matters: errors make the input invalid; warnings and notes do not. */
@API(status = STABLE, since = "0.1")
public enum Importance {
    ERROR,
    WARNING,
    INFO
}
