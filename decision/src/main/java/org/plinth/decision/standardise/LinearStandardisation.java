package org.plinth.decision.standardise;

/**
 * Linear ramp: score {@code (x - zeroAt) / (fullAt - zeroAt)} clamped to 0..1. A benefit when
 * {@code zeroAt < fullAt}, a cost when {@code zeroAt > fullAt}.
 *
 * @param zeroAt raw value scoring 0 (finite)
 * @param fullAt raw value scoring 1 (finite, different from {@code zeroAt})
 * @param unit   unit of the raw values
 */
public record LinearStandardisation(double zeroAt, double fullAt, String unit) implements Standardisation {

    public LinearStandardisation {
        Checks.finite("linear zero point", zeroAt);
        Checks.finite("linear full point", fullAt);
        Checks.distinct("linear", zeroAt, fullAt);
        Checks.unit(unit);
    }

    @Override
    public double score(double raw) {
        return Double.isNaN(raw) ? Double.NaN : Checks.ramp(raw, zeroAt, fullAt);
    }

    @Override
    public String describe() {
        return "linear " + Checks.kind(zeroAt, fullAt) + ": 0 at " + Checks.num(zeroAt) + " " + unit
                + ", 1 at " + Checks.num(fullAt) + " " + unit;
    }
}
