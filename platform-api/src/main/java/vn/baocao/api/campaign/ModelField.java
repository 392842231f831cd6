package vn.baocao.api.campaign;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** The four fields in which a "Dân vận khéo" model is registered. */
@API(status = STABLE, since = "0.1")
public enum ModelField {
    ECONOMY,
    CULTURE_SOCIETY,
    DEFENCE_SECURITY,
    POLITICAL_SYSTEM
}
