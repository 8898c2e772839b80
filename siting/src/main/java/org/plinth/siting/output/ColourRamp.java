package org.plinth.siting.output;

/**
 * The suitability colour ramp: a perceptually ordered sequence from low (dark purple) through
 * teal to high (yellow), sampled from the viridis control points (van der Walt &amp; Smith, 2015)
 * and linearly interpolated in RGB.
 */
final class ColourRamp {
    private static final int[][] STOPS = {
        {68, 1, 84}, {72, 40, 120}, {62, 74, 137}, {49, 104, 142}, {38, 130, 142},
        {31, 158, 137}, {53, 183, 121}, {109, 205, 89}, {180, 222, 44}, {253, 231, 37},
    };

    private ColourRamp() {
    }

    /** ARGB colour for a value in 0..1 (clamped). */
    static int argb(double v) {
        double t = Math.max(0, Math.min(1, v)) * (STOPS.length - 1);
        int i = Math.min(STOPS.length - 2, (int) t);
        double f = t - i;
        int r = (int) Math.round(STOPS[i][0] + f * (STOPS[i + 1][0] - STOPS[i][0]));
        int g = (int) Math.round(STOPS[i][1] + f * (STOPS[i + 1][1] - STOPS[i][1]));
        int b = (int) Math.round(STOPS[i][2] + f * (STOPS[i + 1][2] - STOPS[i][2]));
        return 0xFF000000 | (r << 16) | (g << 8) | b;
    }
}
