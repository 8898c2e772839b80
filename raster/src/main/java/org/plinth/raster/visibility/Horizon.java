package org.plinth.raster.visibility;

import java.util.Arrays;

/**
 * The horizon of one angular sector of an {@link Octant} after grid lines {@code 1..i}: the upper
 * envelope, over the ray ratio {@code m = k/n}, of the obstacle slopes of those grid lines.
 *
 * <p>Stored as consecutive closed pieces: piece {@code p} spans {@code [start[p], start[p+1]]} (the
 * last one up to {@link #end}) and names the grid line whose obstacle is highest there, with that
 * obstacle's slope {@code a + b·m − q·m²} (−1 for "no obstacle"). Zero-width pieces are allowed
 * (lone cells between NoData). Merging a new grid line ({@link #merge}) walks both piece lists
 * once and splits pieces where the two quadratics cross, so a merge costs O(pieces + segments).
 *
 * <p>The coefficients only decide which grid line is highest; the answer for a target
 * ({@link #maxSlope}) evaluates the candidate grid lines with the exact model
 * ({@link Octant#obstacleSlope}), taking every piece within {@link #EPS} of the target's ratio.
 * Rounding in a computed crossing can then only pick a line whose obstacle is within rounding
 * (about 1e-14) of the highest one, which changes no answer unless the target itself is that
 * close to a tie. {@link #approximateSlope} serves the targets far from any tie from the
 * coefficients alone.
 */
final class Horizon {
    /** Pieces that end or start this close to a target's ratio are evaluated too. */
    static final double EPS = 1e-9;

    private double[] start = new double[64];
    private int[] column = new int[64];
    private double[] ca = new double[64];
    private double[] cb = new double[64];
    private double[] cq = new double[64];
    private int size;
    private double end;
    private int cursor;

    private double[] nStart = new double[64];
    private int[] nColumn = new int[64];
    private double[] nca = new double[64];
    private double[] ncb = new double[64];
    private double[] ncq = new double[64];
    private int nSize;
    /** Index of the old piece the last emitted piece came from, or −1 when it came from the new line. */
    private int tailOld = -1;

    /** No obstacle anywhere on {@code [lo, hi]}. */
    void reset(double lo, double hi) {
        size = 1;
        start[0] = lo;
        column[0] = -1;
        end = hi;
        cursor = 0;
    }

    double end() {
        return end;
    }

    int size() {
        return size;
    }

    /** Restarts the target cursor; targets of one grid line are then asked in increasing ratio. */
    void rewind() {
        cursor = 0;
    }

    /**
     * The highest obstacle slope on the ray to target (n, k), whose ratio is {@code m}, or
     * {@link Octant#NO_OBSTACLE}; evaluated exactly by {@code o}.
     */
    double maxSlope(Octant o, int k, int n, double m, double l2) {
        while (cursor + 1 < size && start[cursor + 1] < m - EPS) {
            cursor++;
        }
        double best = Octant.NO_OBSTACLE;
        int evaluated = -1;
        for (int p = cursor; p < size && start[p] <= m + EPS; p++) {
            int c = column[p];
            if (c > 0 && c != evaluated) {
                best = Math.max(best, o.obstacleSlope(c, k, n, l2));
                evaluated = c;
            }
        }
        return best;
    }

    /**
     * The horizon at ratio {@code m} from the stored coefficients, within about 1e-11 of the exact
     * value; NaN when {@code m} is within {@link #EPS} of a piece boundary, where only
     * {@link #maxSlope} is reliable. Uses and advances the same cursor as {@link #maxSlope}.
     */
    double approximateSlope(double m) {
        while (cursor + 1 < size && start[cursor + 1] < m - EPS) {
            cursor++;
        }
        if (start[cursor] > m - EPS || (cursor + 1 < size && start[cursor + 1] <= m + EPS)) {
            return Double.NaN;
        }
        return column[cursor] < 0 ? Octant.NO_OBSTACLE : ca[cursor] + cb[cursor] * m - cq[cursor] * m * m;
    }

    /** Raises the horizon by the grid line under {@code g} (positioned at {@code lo}) and trims it to {@code [lo, hi]}. */
    void merge(ColumnProfile g, double lo, double hi) {
        hi = Math.min(hi, end);
        nSize = 0;
        tailOld = -1;
        int p = 0;
        double u = lo;
        while (true) {
            double pieceEnd = p + 1 < size ? start[p + 1] : end;
            if (tailOld == p && column[p] > 0) {
                u = skipElementsBelow(p, g, u, Math.min(pieceEnd, hi));
            }
            double v = Math.min(Math.min(pieceEnd, g.end), hi);
            combine(p, g, u, v);
            if (v >= hi) {
                break;
            }
            if (pieceEnd == v) {
                p++;
            }
            if (g.end == v) {
                g.advance();
            }
            u = v;
        }
        swap();
        end = hi;
        cursor = 0;
    }

    /**
     * Fast path of {@link #merge} while piece p is already the last piece emitted: passes over the
     * profile's elements that end before {@code stop} and lie wholly below p (the concavity bound of
     * {@link #combine}), since each would only re-emit p. Returns where the walk stopped.
     */
    private double skipElementsBelow(int p, ColumnProfile g, double u, double stop) {
        double pa = ca[p];
        double pb = cb[p];
        double pq = cq[p];
        while (g.end < stop) {
            if (g.column >= 0) {
                double da = g.a - pa;
                double db = g.b - pb;
                double dq = g.q - pq;
                double du = da + db * u - dq * u * u;
                if (du > 0 || du + Math.max(0, db - 2 * dq * u) * (g.end - u) > 0) {
                    return u;
                }
            }
            u = g.end;
            g.advance();
        }
        return u;
    }

    /** Emits the upper envelope of piece p and the profile's element on [u, v]. */
    private void combine(int p, ColumnProfile g, double u, double v) {
        if (g.column < 0) {
            emitOld(p, u);
            return;
        }
        if (column[p] < 0) {
            emitNew(g, u);
            return;
        }
        // d(m) = new − old = da + db·m − dq·m², dq >= 0 because the new grid line is farther.
        double da = g.a - ca[p];
        double db = g.b - cb[p];
        double dq = g.q - cq[p];
        double du = da + db * u - dq * u * u;
        if (u == v) {
            if (du > 0) {
                emitNew(g, u);
            } else {
                emitOld(p, u);
            }
            return;
        }
        // d is concave, so it lies below its tangent at u and above the chord: most elements are
        // settled by these two bounds without solving the quadratic.
        double dv = da + db * v - dq * v * v;
        if (du > 0 && dv > 0) {
            emitNew(g, u);
            return;
        }
        if (du <= 0 && du + Math.max(0, db - 2 * dq * u) * (v - u) <= 0) {
            emitOld(p, u);
            return;
        }
        double x1;
        double x2;
        if (dq == 0) {
            if (db == 0) {
                x1 = da > 0 ? Double.NEGATIVE_INFINITY : 0;
                x2 = da > 0 ? Double.POSITIVE_INFINITY : 0;
            } else if (db > 0) {
                x1 = -da / db;
                x2 = Double.POSITIVE_INFINITY;
            } else {
                x1 = Double.NEGATIVE_INFINITY;
                x2 = -da / db;
            }
        } else {
            double disc = db * db + 4 * dq * da;
            if (!(disc > 0)) {
                emitOld(p, u);
                return;
            }
            double s = Math.sqrt(disc);
            double half = db >= 0 ? 0.5 * (db + s) : 0.5 * (db - s);
            double r1 = half / dq;
            double r2 = -da / half;
            x1 = Math.min(r1, r2);
            x2 = Math.max(r1, r2);
        }
        double from = Math.max(u, x1);
        double to = Math.min(v, x2);
        if (!(from < to)) {
            emitOld(p, u);
            return;
        }
        if (from > u) {
            emitOld(p, u);
        }
        emitNew(g, from);
        if (to < v) {
            emitOld(p, to);
        }
    }

    private void emitOld(int p, double at) {
        emit(column[p], ca[p], cb[p], cq[p], at);
        tailOld = p;
    }

    private void emitNew(ColumnProfile g, double at) {
        emit(g.column, g.a, g.b, g.q, at);
        tailOld = -1;
    }

    private void emit(int col, double a, double b, double q, double at) {
        int last = nSize - 1;
        if (last >= 0 && nColumn[last] == col && nca[last] == a && ncb[last] == b && ncq[last] == q) {
            return;
        }
        if (nSize == nStart.length) {
            growNext();
        }
        nStart[nSize] = at;
        nColumn[nSize] = col;
        nca[nSize] = a;
        ncb[nSize] = b;
        ncq[nSize] = q;
        nSize++;
    }

    private void growNext() {
        int n = nStart.length * 2;
        nStart = Arrays.copyOf(nStart, n);
        nColumn = Arrays.copyOf(nColumn, n);
        nca = Arrays.copyOf(nca, n);
        ncb = Arrays.copyOf(ncb, n);
        ncq = Arrays.copyOf(ncq, n);
    }

    private void swap() {
        double[] s = start;
        start = nStart;
        nStart = s;
        int[] c = column;
        column = nColumn;
        nColumn = c;
        double[] t = ca;
        ca = nca;
        nca = t;
        t = cb;
        cb = ncb;
        ncb = t;
        t = cq;
        cq = ncq;
        ncq = t;
        size = nSize;
    }
}
