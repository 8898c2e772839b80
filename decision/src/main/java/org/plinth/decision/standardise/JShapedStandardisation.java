package org.plinth.decision.standardise;

/**
 * Eastman's J-shaped membership (IDRISI {@code FUZZY}, J-shaped, monotonic): score
 * {@code 1 / (1 + ((x - fullAt) / (fullAt - halfAt))²)} before {@code fullAt} and 1 at and beyond it.
 * The score is 0.5 at {@code halfAt} (not 0: the J-shaped function only tends to 0 far away, which
 * is how Eastman defines its control point), 0.2 at one further interval, 0.1 at two. A cost when
 * {@code halfAt > fullAt}.
 *
 * <p>Reference: Eastman, J.R., IDRISI Guide to GIS and Image Processing, "Fuzzy set membership
 * functions".
 *
 * @param halfAt raw value scoring 0.5
 * @param fullAt raw value scoring 1
 * @param unit   unit of the raw values
 */
public record JShapedStandardisation(double halfAt, double fullAt, String unit) implements Standardisation {

    public JShapedStandardisation {
        Checks.finite("J-shaped half point", halfAt);
        Checks.finite("J-shaped full point", fullAt);
        Checks.distinct("J-shaped", halfAt, fullAt);
        Checks.unit(unit);
    }

    @Override
    public double score(double raw) {
        if (Double.isNaN(raw)) {
            return Double.NaN;
        }
        boolean benefit = halfAt < fullAt;
        if (benefit ? raw >= fullAt : raw <= fullAt) {
            return 1;
        }
        if (Double.isInfinite(raw)) {
            return 0;
        }
        double u = (raw - fullAt) / (fullAt - halfAt);
        return 1.0 / (1.0 + u * u);
    }

    @Override
    public String describe() {
        return "J-shaped " + Checks.kind(halfAt, fullAt) + ": 0.5 at " + Checks.num(halfAt) + " " + unit
                + ", 1 at " + Checks.num(fullAt) + " " + unit + ", tending to 0 beyond";
    }
}
