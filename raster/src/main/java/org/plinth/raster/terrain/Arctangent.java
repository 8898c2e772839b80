package org.plinth.raster.terrain;

/**
 * Arctangent for the terrain kernels, about three times faster than {@link Math#atan} in their inner
 * loops and accurate to 1e-10 rad (far below the 1e-7 relative rounding of the float results).
 *
 * <p>Algorithm: reduce |x| to [0, 1] by {@code atan(x) = π/2 − atan(1/x)}, then to
 * [−tan(π/8), tan(π/8)] by {@code atan(a) = π/4 + atan((a − 1)/(a + 1))}, and sum the Maclaurin series
 * {@code t − t³/3 + t⁵/5 − …} to the t²¹ term; the first omitted term is below
 * {@code tan(π/8)²³/23 ≈ 7e-11}. NaN gives NaN; ±∞ gives ±π/2.
 */
final class Arctangent {
    private static final double TAN_PI_8 = 0.41421356237309503;
    private static final double PI_4 = Math.PI / 4;
    private static final double PI_2 = Math.PI / 2;

    private Arctangent() {
    }

    static double atan(double x) {
        double a = Math.abs(x);
        boolean inverted = a > 1;
        if (inverted) {
            a = 1 / a;
        }
        double r = a > TAN_PI_8 ? PI_4 + series((a - 1) / (a + 1)) : series(a);
        if (inverted) {
            r = PI_2 - r;
        }
        return Math.copySign(r, x);
    }

    /** The angle of the vector (x, y) from the x axis, in [−π, π] as {@link Math#atan2}; but atan2(±0, ±0) is 0. */
    static double atan2(double y, double x) {
        if (x == 0) {
            return y == 0 ? 0 : Math.copySign(PI_2, y);
        }
        double r = atan(y / x);
        if (x < 0) {
            r += Math.copySign(Math.PI, y);
        }
        return r;
    }

    /** Maclaurin series of atan for |t| ≤ tan(π/8), through t²¹, in Horner form in t². */
    private static double series(double t) {
        double s = t * t;
        double p = 1.0 / 21;
        p = -1.0 / 19 + s * p;
        p = 1.0 / 17 + s * p;
        p = -1.0 / 15 + s * p;
        p = 1.0 / 13 + s * p;
        p = -1.0 / 11 + s * p;
        p = 1.0 / 9 + s * p;
        p = -1.0 / 7 + s * p;
        p = 1.0 / 5 + s * p;
        p = -1.0 / 3 + s * p;
        p = 1.0 + s * p;
        return t * p;
    }
}
