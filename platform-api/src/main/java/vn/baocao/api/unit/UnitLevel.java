package vn.baocao.api.unit;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Levels of administrative unit. Until 30 June 2025: province, district, commune; from 1 July
 * 2025 the district level is gone and communes sit directly under provinces.
 */
@API(status = STABLE, since = "0.1")
public enum UnitLevel {
    PROVINCE,
    DISTRICT,
    COMMUNE
}
