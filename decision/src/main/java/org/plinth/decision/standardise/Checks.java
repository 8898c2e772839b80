package org.plinth.decision.standardise;

/** Parameter checks shared by the standardisation functions; each failure is one sentence. */
final class Checks {
    private Checks() {
    }

    static void finite(String name, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(name + " must be finite, was " + v);
        }
    }

    static void distinct(String what, double a, double b) {
        if (a == b) {
            throw new IllegalArgumentException(what + " control points must differ, both were " + a);
        }
    }

    static String unit(String unit) {
        if (unit == null || unit.isBlank()) {
            throw new IllegalArgumentException("the raw unit must be stated (e.g. \"m\"), was "
                    + (unit == null ? "null" : "blank"));
        }
        return unit;
    }

    /** Fraction of the way from {@code from} to {@code to}, clamped to 0..1 (from != to). */
    static double ramp(double x, double from, double to) {
        double t = (x - from) / (to - from);
        return t <= 0 ? 0 : (t >= 1 ? 1 : t);
    }

    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    static String kind(double zeroOrHalf, double full) {
        return zeroOrHalf < full ? "benefit" : "cost";
    }
}
