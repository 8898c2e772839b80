package org.plinth.decision.standardise;

import java.util.Arrays;

/**
 * Piecewise linear through user breakpoints {@code (x[i], y[i])}: x strictly increasing and finite,
 * y in 0..1; the score is y[0] below x[0] and y[n-1] above x[n-1]. May be non-monotonic (e.g. best
 * at a middle distance). Linear interpolation between the two breakpoints that bracket x.
 *
 * @param x    breakpoint raw values (copied), at least two
 * @param y    breakpoint scores (copied), same length as x
 * @param unit unit of the raw values
 */
public record BreakpointStandardisation(double[] x, double[] y, String unit) implements Standardisation {

    public BreakpointStandardisation {
        if (x == null || y == null) {
            throw new IllegalArgumentException("breakpoints need x and y arrays, was null");
        }
        if (x.length != y.length) {
            throw new IllegalArgumentException("breakpoints need as many scores as raw values, were "
                    + x.length + " raw values and " + y.length + " scores");
        }
        if (x.length < 2) {
            throw new IllegalArgumentException("breakpoints need at least two points, was " + x.length);
        }
        x = x.clone();
        y = y.clone();
        for (int i = 0; i < x.length; i++) {
            Checks.finite("breakpoint x[" + i + "]", x[i]);
            if (!(y[i] >= 0 && y[i] <= 1)) {
                throw new IllegalArgumentException("breakpoint score y[" + i + "] must be in 0..1, was " + y[i]);
            }
            if (i > 0 && !(x[i] > x[i - 1])) {
                throw new IllegalArgumentException("breakpoint x values must be strictly increasing, x[" + i
                        + "] = " + x[i] + " follows " + x[i - 1]);
            }
        }
        Checks.unit(unit);
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }

    @Override
    public double score(double raw) {
        if (Double.isNaN(raw)) {
            return Double.NaN;
        }
        int n = x.length;
        if (raw <= x[0]) {
            return y[0];
        }
        if (raw >= x[n - 1]) {
            return y[n - 1];
        }
        int k = Arrays.binarySearch(x, raw);
        if (k >= 0) {
            return y[k];
        }
        int hi = -k - 1;
        int lo = hi - 1;
        double t = (raw - x[lo]) / (x[hi] - x[lo]);
        return y[lo] + t * (y[hi] - y[lo]);
    }

    @Override
    public String describe() {
        StringBuilder sb = new StringBuilder("breakpoints (" + unit + " → score):");
        for (int i = 0; i < x.length; i++) {
            sb.append(i == 0 ? " " : ", ").append(Checks.num(x[i])).append(" → ").append(Checks.num(y[i]));
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BreakpointStandardisation b && Arrays.equals(x, b.x) && Arrays.equals(y, b.y)
                && unit.equals(b.unit);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(x) + Arrays.hashCode(y)) + unit.hashCode();
    }

    @Override
    public String toString() {
        return describe();
    }
}
