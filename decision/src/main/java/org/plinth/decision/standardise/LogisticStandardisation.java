package org.plinth.decision.standardise;

/**
 * Logistic curve {@code 1 / (1 + exp(-slope (x - midpoint)))}: 0.5 at the midpoint, slope/4 per
 * raw unit there, approaching but never reaching 0 and 1. A benefit for a positive slope, a cost
 * for a negative one. Unlike {@link SigmoidStandardisation} it has no flat ends.
 *
 * @param midpoint raw value scoring 0.5
 * @param slope    steepness per raw unit, non-zero; its sign chooses benefit or cost
 * @param unit     unit of the raw values
 */
public record LogisticStandardisation(double midpoint, double slope, String unit) implements Standardisation {

    public LogisticStandardisation {
        Checks.finite("logistic midpoint", midpoint);
        Checks.finite("logistic slope", slope);
        if (slope == 0) {
            throw new IllegalArgumentException("logistic slope must be non-zero, was 0");
        }
        Checks.unit(unit);
    }

    @Override
    public double score(double raw) {
        if (Double.isNaN(raw)) {
            return Double.NaN;
        }
        // exp overflows to +inf for very negative arguments, giving 1/(1+inf) = 0: the right limit.
        return 1.0 / (1.0 + Math.exp(-slope * (raw - midpoint)));
    }

    @Override
    public String describe() {
        return "logistic " + (slope > 0 ? "benefit" : "cost") + ": 0.5 at " + Checks.num(midpoint) + " " + unit
                + ", slope " + Checks.num(slope) + " per " + unit;
    }
}
