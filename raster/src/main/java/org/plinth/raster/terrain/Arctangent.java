package org.plinth.raster.terrain;

/**
 * Arctangent for the terrain kernels' inner loops: branch-free, two to three times faster than
 * {@link Math#atan} / {@link Math#atan2}, with an absolute error below 2e-8 rad (1.2e-6°, under one
 * float ulp of a result in degrees above about 10°, and far below any tolerance that matters for
 * terrain).
 *
 * <p>Algorithm: reduce to a ratio {@code t = min/max ∈ [0, 1]} of the absolute values, evaluate
 * Hastings' odd polynomial of degree 17 for atan on [0, 1] (Abramowitz &amp; Stegun, <i>Handbook of
 * Mathematical Functions</i>, 4.4.49, |ε| ≤ 2e-8), and unfold the octant with conditional moves;
 * the data-dependent branches of {@link Math#atan2} mispredict on terrain whose aspect varies from
 * cell to cell.
 */
final class Arctangent {
    private static final double PI_2 = Math.PI / 2;
    private static final double A2 = -0.3333314528;
    private static final double A4 = 0.1999355085;
    private static final double A6 = -0.1420889944;
    private static final double A8 = 0.1065626393;
    private static final double A10 = -0.0752896400;
    private static final double A12 = 0.0429096138;
    private static final double A14 = -0.0161657367;
    private static final double A16 = 0.0028662257;

    private Arctangent() {
    }

    /** atan(x); NaN gives NaN, ±∞ gives ±π/2. */
    static double atan(double x) {
        double a = Math.abs(x);
        double r = unit(Math.min(a, 1) / Math.max(a, 1));
        r = a > 1 ? PI_2 - r : r;
        return Math.copySign(r, x);
    }

    /** The angle of the vector (x, y) from the x axis, in [−π, π] as {@link Math#atan2}; atan2(±0, ±0) is 0. */
    static double atan2(double y, double x) {
        double ax = Math.abs(x);
        double ay = Math.abs(y);
        double hi = Math.max(ax, ay);
        if (hi == 0) {
            return 0;
        }
        double r = unit(Math.min(ax, ay) / hi);
        r = ay > ax ? PI_2 - r : r;
        r = x < 0 ? Math.PI - r : r;
        return Math.copySign(r, y);
    }

    /** atan(t) for t in [0, 1]: A&amp;S 4.4.49 in Horner form in t². */
    private static double unit(double t) {
        double s = t * t;
        return t * (1 + s * (A2 + s * (A4 + s * (A6 + s * (A8 + s * (A10 + s * (A12 + s * (A14 + s * A16))))))));
    }
}
