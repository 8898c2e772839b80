package org.plinth.decision.robustness;

import org.plinth.raster.InvalidInputException;

/** Validation of weight vectors that must lie on the simplex. */
final class SimplexChecks {
    /** How far from 1 a weight sum may be before it is rejected rather than rescaled. */
    static final double SUM_TOLERANCE = 1e-6;

    private SimplexChecks() {
    }

    /**
     * A copy of {@code weights} rescaled to sum to exactly 1, after checking that every weight is
     * finite and {@code >= 0} and that the sum is within {@link #SUM_TOLERANCE} of 1.
     */
    static double[] normalised(double[] weights, String what) {
        if (weights == null || weights.length == 0) {
            throw new InvalidInputException(what + " must have at least one criterion, was "
                    + (weights == null ? "null" : "empty"));
        }
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            if (!(weights[i] >= 0) || Double.isInfinite(weights[i])) {
                throw new InvalidInputException(what + " must be finite and >= 0, criterion " + i
                        + " was " + weights[i]);
            }
            sum += weights[i];
        }
        if (Math.abs(sum - 1) > SUM_TOLERANCE) {
            throw new InvalidInputException(what + " must sum to 1, was " + sum);
        }
        double[] out = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            out[i] = weights[i] / sum;
        }
        return out;
    }
}
