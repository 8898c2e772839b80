package org.plinth.raster.distance;

/**
 * The lower envelope of parabolas {@code (x - p)^2 + h} with unit curvature, built from parabolas
 * added in order of non-decreasing vertex position {@code p}, then queried at integer
 * {@code x = 0, 1, ..., n-1} in one sweep. This is the one-dimensional step of Felzenszwalb and
 * Huttenlocher, "Distance Transforms of Sampled Functions", Theory of Computing 8 (2012); positions
 * may be fractional (feature points anywhere in a cell), and a parabola at the same position as the
 * previous one replaces it when lower and is dropped otherwise. Linear in parabolas plus queries.
 *
 * <p>Not thread-safe: each worker owns one, sized for the widest row it handles, and reuses it.
 */
final class LowerEnvelope {
    private final int[] id;
    private final double[] position;
    private final double[] key;
    private final double[] boundary;
    private int count;

    LowerEnvelope(int capacity) {
        id = new int[capacity];
        position = new double[capacity];
        key = new double[capacity];
        boundary = new double[capacity + 1];
    }

    void clear() {
        count = 0;
    }

    boolean isEmpty() {
        return count == 0;
    }

    /**
     * Adds the parabola with vertex at {@code p} and height {@code h} (both in units of the query
     * step), identified by {@code parabolaId}. Positions must not decrease between calls.
     */
    void add(int parabolaId, double p, double h) {
        double k = h + p * p;
        int last = count - 1;
        if (last >= 0 && position[last] == p) {
            if (k >= key[last]) {
                return;
            }
            last--;
        }
        // The intersection with the last parabola is num / den with den > 0 (positions increase);
        // comparing num with boundary * den avoids a division per popped parabola.
        double num = 0;
        double den = 1;
        while (last >= 0) {
            num = k - key[last];
            den = 2 * (p - position[last]);
            if (num > boundary[last] * den) {
                break;
            }
            last--;
        }
        double s = last < 0 ? Double.NEGATIVE_INFINITY : num / den;
        int slot = last + 1;
        id[slot] = parabolaId;
        position[slot] = p;
        key[slot] = k;
        boundary[slot] = s;
        count = slot + 1;
    }

    /** For each {@code x} in {@code 0..n-1}, the id of the parabola lowest at {@code x}. Needs a non-empty envelope. */
    void lowest(int n, int[] out) {
        int k = 0;
        int last = count - 1;
        for (int x = 0; x < n; x++) {
            while (k < last && boundary[k + 1] < x) {
                k++;
            }
            out[x] = id[k];
        }
    }
}
