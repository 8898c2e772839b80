package org.plinth.decision.standardise;

/**
 * Eastman's fuzzy sigmoidal membership (IDRISI {@code FUZZY}, sigmoidal, monotonic): with
 * {@code t = (x - zeroAt) / (fullAt - zeroAt)} clamped to 0..1, the score is
 * {@code cos²((1 - t) π/2)} (equivalently {@code sin²(t π/2)}): 0 at {@code zeroAt}, 0.5 halfway,
 * 1 at {@code fullAt}, flat at both ends. A cost when {@code zeroAt > fullAt}.
 *
 * <p>Reference: Eastman, J.R. (1997, 2006) IDRISI Guide to GIS and Image Processing, "Fuzzy set
 * membership functions". For an unbounded S-curve with a midpoint and slope use
 * {@link LogisticStandardisation}.
 *
 * @param zeroAt raw value scoring 0
 * @param fullAt raw value scoring 1
 * @param unit   unit of the raw values
 */
public record SigmoidStandardisation(double zeroAt, double fullAt, String unit) implements Standardisation {

    public SigmoidStandardisation {
        Checks.finite("sigmoid zero point", zeroAt);
        Checks.finite("sigmoid full point", fullAt);
        Checks.distinct("sigmoid", zeroAt, fullAt);
        Checks.unit(unit);
    }

    @Override
    public double score(double raw) {
        if (Double.isNaN(raw)) {
            return Double.NaN;
        }
        double t = Checks.ramp(raw, zeroAt, fullAt);
        double c = Math.cos((1 - t) * Math.PI / 2);
        // cos(π/2) is 6e-17, not 0: snap the ends so the control points score exactly 0 and 1.
        return t == 0 ? 0 : (t == 1 ? 1 : c * c);
    }

    @Override
    public String describe() {
        return "fuzzy sigmoidal " + Checks.kind(zeroAt, fullAt) + " (cos²): 0 at " + Checks.num(zeroAt) + " "
                + unit + ", 1 at " + Checks.num(fullAt) + " " + unit;
    }
}
