package org.plinth.decision.overlay;

import java.util.Arrays;

/**
 * Non-negative weights normalised to sum 1: criterion weights for WLC/OWA or order weights for
 * OWA. Validation: every weight finite and {@code >= 0}, at least one positive, at least one weight.
 * Immutable.
 */
public final class Weights {
    private final double[] w;

    private Weights(double[] normalised) {
        this.w = normalised;
    }

    /**
     * Validates and normalises {@code raw}. {@code what} names the weights in messages, e.g.
     * {@code "criterion weight"} gives {@code "criterion weight 2 must be finite and >= 0, was -1.0"}
     * (numbered from 1).
     */
    public static Weights of(String what, double... raw) {
        if (raw == null || raw.length == 0) {
            throw new IllegalArgumentException(what + "s must be given, were none");
        }
        double sum = 0;
        for (int i = 0; i < raw.length; i++) {
            if (!(raw[i] >= 0) || Double.isInfinite(raw[i])) {
                throw new IllegalArgumentException(what + " " + (i + 1) + " must be finite and >= 0, was " + raw[i]);
            }
            sum += raw[i];
        }
        if (sum == 0) {
            throw new IllegalArgumentException(what + "s must not all be zero, were " + Arrays.toString(raw));
        }
        double[] n = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            n[i] = raw[i] / sum;
        }
        return new Weights(n);
    }

    /** Criterion weights: {@code of("criterion weight", raw)}. */
    public static Weights criteria(double... raw) {
        return of("criterion weight", raw);
    }

    /** n equal weights of 1/n. */
    public static Weights equal(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("number of weights must be >= 1, was " + n);
        }
        double[] w = new double[n];
        Arrays.fill(w, 1.0 / n);
        return new Weights(w);
    }

    public int size() {
        return w.length;
    }

    /** Weight {@code i} (0-based), normalised. */
    public double get(int i) {
        return w[i];
    }

    /** A copy of the normalised weights. */
    public double[] values() {
        return w.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Weights other && Arrays.equals(w, other.w);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(w);
    }

    @Override
    public String toString() {
        return Arrays.toString(w);
    }
}
