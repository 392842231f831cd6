package vn.baocao.api.campaign;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Where a registered model stands. */
@API(status = STABLE, since = "0.1")
public enum ModelStatus {
    REGISTERED,
    IMPLEMENTING,
    IMPLEMENTED,
    /** Registered but not carried out; a reason is required. */
    NOT_IMPLEMENTED
}
