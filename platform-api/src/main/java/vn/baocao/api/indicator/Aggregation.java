package vn.baocao.api.indicator;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.constraints.NotNull;
import org.apiguardian.api.API;

/**
 * How an indicator adds up: over units (communes into a province) and over time (months into a
 * year), which differ for stocks: households served sum over both, clubs in operation sum over
 * units but take the last value over time.
 */
@API(status = STABLE, since = "0.1")
public record Aggregation(@NotNull AggregationType overUnits, @NotNull AggregationType overTime) {

    public static final Aggregation SUM = new Aggregation(AggregationType.SUM, AggregationType.SUM);
    public static final Aggregation STOCK = new Aggregation(AggregationType.SUM, AggregationType.LAST);
    public static final Aggregation NONE = new Aggregation(AggregationType.NONE, AggregationType.NONE);
}
