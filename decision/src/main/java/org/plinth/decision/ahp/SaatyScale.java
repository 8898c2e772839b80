package org.plinth.decision.ahp;

import java.util.Locale;

/**
 * Saaty's fundamental scale: 1 (equal importance), 3 (moderate), 5 (strong), 7 (very strong),
 * 9 (extreme), even numbers between, and their reciprocals 1/2 … 1/9 for the reverse judgment
 * (Saaty, T.L. 1980, The Analytic Hierarchy Process, McGraw-Hill, Table 1.1). Judgments may take
 * any real value in [1/9, 9]; this class rounds to and prints the scale.
 */
public final class SaatyScale {
    /** Smallest judgment allowed. */
    public static final double MIN = 1.0 / 9;
    /** Largest judgment allowed. */
    public static final double MAX = 9;
    private static final double SLACK = 1e-9;

    private SaatyScale() {
    }

    /** True when {@code v} lies in [1/9, 9] (allowing 1e-9 relative rounding, e.g. 0.1111111111). */
    public static boolean inRange(double v) {
        return v > 0 && Double.isFinite(v) && v >= MIN * (1 - SLACK) && v <= MAX * (1 + SLACK);
    }

    /** The scale value (1/9 … 1/2, 1 … 9) nearest to {@code v} in ratio (log) terms, clamped to the scale. */
    public static double nearest(double v) {
        if (!(v > 0)) {
            throw new IllegalArgumentException("a judgment ratio must be > 0, was " + v);
        }
        double best = 1;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int k = 1; k <= 9; k++) {
            for (double c : new double[] {k, 1.0 / k}) {
                double d = Math.abs(Math.log(v / c));
                if (d < bestDistance) {
                    bestDistance = d;
                    best = c;
                }
            }
        }
        return best;
    }

    /** {@code 3} for 3, {@code 1/3} for one third, else three decimals ({@code 2.5}, {@code 0.417}). */
    public static String format(double v) {
        double r = Math.rint(v);
        if (v >= 1 && Math.abs(v - r) < 1e-9 * v) {
            return Long.toString((long) r);
        }
        double inv = 1 / v;
        double ri = Math.rint(inv);
        if (v < 1 && Math.abs(inv - ri) < 1e-9 * inv) {
            return "1/" + (long) ri;
        }
        return String.format(Locale.ROOT, "%.3f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
