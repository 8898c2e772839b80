package org.plinth.raster.visibility;

import java.util.Arrays;

/**
 * The horizon of one angular sector of an {@link Octant} after grid lines {@code 1..i}: the upper
 * envelope, over the ray ratio {@code m = k/n}, of the obstacle slopes of those grid lines.
 *
 * <p>Stored as consecutive closed pieces: piece {@code p} spans {@code [start(p), start(p+1)]} (the
 * last one up to {@link #end}) and names the grid line whose obstacle is highest there, with that
 * obstacle's slope {@code a + b·m − q·m²} (grid line −1 for "no obstacle"). Zero-width pieces are
 * allowed (lone cells between NoData). Pieces are packed five doubles each (start, a, b, q, line)
 * so that a merge streams through one array. Merging a new grid line ({@link #merge}) walks both
 * piece lists once and splits pieces where the two quadratics cross, so a merge costs
 * O(pieces + segments), with fast paths for runs of one list wholly below the other. The fastest
 * path keeps a whole piece when the new line stays below it: most terrain is hidden, so most pieces
 * pass, certified from the line's nodes ({@link ColumnProfile#nodesBelow}), most of which the
 * sweep's answer pass has already compared with the piece ({@link #certify}); the merge then costs
 * O(pieces) plus the few nodes at piece ends rather than a test per segment.
 *
 * <p>The coefficients only decide which grid line is highest; the answer for a target
 * ({@link #maxSlope}) evaluates the candidate grid lines with the exact model
 * ({@link Octant#obstacleSlope}), taking every piece within {@link #EPS} of the target's ratio.
 * Rounding in a computed crossing can then only pick a line whose obstacle is within rounding
 * (about 1e-14) of the highest one, which changes no answer unless the target itself is that
 * close to a tie. Visibility-only sweeps settle the targets far from any tie from the coefficients
 * alone ({@link #a}, {@link #b}, {@link #q}).
 */
final class Horizon {
    /** Pieces that end or start this close to a target's ratio are evaluated too. */
    static final double EPS = 1e-9;
    private static final int W = 5;
    private static final int START = 0;
    private static final int A = 1;
    private static final int B = 2;
    private static final int Q = 3;
    private static final int LINE = 4;

    private double[] pieces = new double[64 * W];
    private int size;
    private double end;
    private int cursor;

    /**
     * Per piece, the nodes {@code [certLo, certHi]} of the grid line about to be merged that the
     * sweep's answer pass found below the piece ({@link #certify}); empty when {@code certLo > certHi}.
     * Valid for the current pieces only: cleared by {@link #rewind}.
     */
    private int[] certLo = new int[64];
    private int[] certHi = new int[64];

    private double[] next = new double[64 * W];
    private int nextSize;
    /** Index of the old piece the last emitted piece came from, or −1 when it came from the new line. */
    private int tailOld = -1;

    /** No obstacle anywhere on {@code [lo, hi]}. */
    void reset(double lo, double hi) {
        size = 1;
        pieces[START] = lo;
        pieces[LINE] = -1;
        end = hi;
        cursor = 0;
    }

    /** Number of pieces. */
    int size() {
        return size;
    }

    /** Where piece p starts; it ends where piece p + 1 starts, or at the horizon's end. */
    double start(int p) {
        return pieces[p * W + START];
    }

    /** True when piece p has an obstacle, whose slope is {@code a(p) + b(p)·m − q(p)·m²}. */
    boolean blocks(int p) {
        return pieces[p * W + LINE] >= 0;
    }

    double a(int p) {
        return pieces[p * W + A];
    }

    double b(int p) {
        return pieces[p * W + B];
    }

    double q(int p) {
        return pieces[p * W + Q];
    }

    private int line(int p) {
        return (int) pieces[p * W + LINE];
    }

    private double pieceEnd(int p) {
        return p + 1 < size ? pieces[(p + 1) * W + START] : end;
    }

    /**
     * Restarts the target cursor; targets of one grid line are then asked in increasing ratio. Clears
     * the certificates of the line merged before.
     */
    void rewind() {
        cursor = 0;
        if (certLo.length < size) {
            certLo = new int[Math.max(size, 2 * certLo.length)];
            certHi = new int[certLo.length];
        }
        Arrays.fill(certLo, 0, size, 1);
        Arrays.fill(certHi, 0, size, 0);
    }

    /**
     * Records that the nodes {@code kLo..kHi} of the grid line to be merged next lie below piece p by
     * at least {@link Octant#belowMargin} (as {@link ColumnProfile#nodesBelow} tests them).
     */
    void certify(int p, int kLo, int kHi) {
        certLo[p] = kLo;
        certHi[p] = kHi;
    }

    /**
     * The highest obstacle slope on the ray to target (n, k), whose ratio is {@code m}, or
     * {@link Octant#NO_OBSTACLE}; evaluated exactly by {@code o}.
     */
    double maxSlope(Octant o, int k, int n, double m, double l2) {
        advanceCursor(m);
        double best = Octant.NO_OBSTACLE;
        int evaluated = -1;
        for (int p = cursor; p < size && start(p) <= m + EPS; p++) {
            int c = line(p);
            if (c > 0 && c != evaluated) {
                best = Math.max(best, o.obstacleSlope(c, k, n, l2));
                evaluated = c;
            }
        }
        return best;
    }

    private void advanceCursor(double m) {
        while (cursor + 1 < size && pieces[(cursor + 1) * W + START] < m - EPS) {
            cursor++;
        }
    }

    /** Raises the horizon by the grid line under {@code g} (positioned at {@code lo}) and trims it to {@code [lo, hi]}. */
    void merge(ColumnProfile g, double lo, double hi) {
        hi = Math.min(hi, end);
        nextSize = 0;
        tailOld = -1;
        int p = 0;
        double u = lo;
        while (true) {
            double pieceEnd = pieceEnd(p);
            if (u == start(p) && keeps(g, p, u, Math.min(pieceEnd, hi))) {
                // Whole pieces at once, while the new line stays below each wherever they meet: they
                // are kept as they are, as the element-by-element walk below would keep them.
                int first = p;
                while (pieceEnd < hi && keeps(g, p + 1, pieceEnd, Math.min(pieceEnd(p + 1), hi))) {
                    p++;
                    pieceEnd = pieceEnd(p);
                }
                emitOld(first, u);
                int n = p - first;
                if (n > 0) {
                    // consecutive pieces differ, so they need no merging with their predecessors
                    ensureNext(nextSize + n);
                    System.arraycopy(pieces, (first + 1) * W, next, nextSize * W, n * W);
                    nextSize += n;
                    tailOld = p;
                }
                if (pieceEnd >= hi) {
                    break;
                }
                p++;
                u = pieceEnd;
                g.seek(u);
                continue;
            }
            if (tailOld == p && line(p) > 0) {
                u = skipElementsBelow(p, g, u, Math.min(pieceEnd, hi));
            }
            double v = Math.min(Math.min(pieceEnd, g.end), hi);
            combine(p, g, u, v);
            if (v >= hi) {
                break;
            }
            if (pieceEnd == v) {
                p = copyPiecesAbove(p + 1, g, Math.min(g.end, hi));
                v = start(p);
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

    /** Whether the profile's line stays below blocking piece p on {@code [from, to]} ({@link ColumnProfile#nodesBelow}). */
    private boolean keeps(ColumnProfile g, int p, double from, double to) {
        int i = p * W;
        return pieces[i + LINE] > 0 && g.nodesBelow(from, to, pieces[i + A], pieces[i + B], pieces[i + Q], certLo[p], certHi[p]);
    }

    /**
     * Fast path of {@link #merge} while piece p is already the last piece emitted: passes over the
     * profile's elements that end before {@code stop} and lie wholly below p (the concavity bound of
     * {@link #combine}), since each would only re-emit p. Returns where the walk stopped.
     */
    private double skipElementsBelow(int p, ColumnProfile g, double u, double stop) {
        int i = p * W;
        double pa = pieces[i + A];
        double pb = pieces[i + B];
        double pq = pieces[i + Q];
        while (g.end < stop) {
            if (g.column >= 0 && isAbove(g.a - pa, g.b - pb, g.q - pq, u, g.end)) {
                return u;
            }
            u = g.end;
            if (g.isDataSegment()) {
                u = g.skipSegmentsBelow(pa, pb, pq, u, stop);
            } else {
                g.advance();
            }
        }
        return u;
    }

    /**
     * The other fast path: copies old pieces from {@code p} on that end before {@code stop} (the
     * end of the profile's current element) and lie wholly above that element. Returns the first
     * piece not copied.
     */
    private int copyPiecesAbove(int p, ColumnProfile g, double stop) {
        int first = p;
        while (p + 1 < size) {
            int i = p * W;
            double pieceEnd = pieces[i + W + START];
            if (pieceEnd >= stop) {
                break;
            }
            if (g.column >= 0 && pieces[i + LINE] >= 0
                    && isAbove(g.a - pieces[i + A], g.b - pieces[i + B], g.q - pieces[i + Q], pieces[i + START], pieceEnd)) {
                break;
            }
            if (g.column >= 0 && pieces[i + LINE] < 0) {
                break;
            }
            p++;
        }
        if (p > first) {
            emitOld(first, start(first));
            int n = p - first - 1;
            if (n > 0) {
                ensureNext(nextSize + n);
                System.arraycopy(pieces, (first + 1) * W, next, nextSize * W, n * W);
                nextSize += n;
            }
            tailOld = p - 1;
        }
        return p;
    }

    /**
     * True unless the concave difference {@code d(m) = da + db·m − dq·m²} (new minus old) is
     * certainly {@code <= 0} on {@code [u, v]}: d lies below its tangent at u.
     */
    static boolean isAbove(double da, double db, double dq, double u, double v) {
        double du = da + db * u - dq * u * u;
        return du > 0 || du + Math.max(0, db - 2 * dq * u) * (v - u) > 0;
    }

    /** Emits the upper envelope of piece p and the profile's element on [u, v]. */
    private void combine(int p, ColumnProfile g, double u, double v) {
        int i = p * W;
        if (g.column < 0) {
            emitOld(p, u);
            return;
        }
        if (pieces[i + LINE] < 0) {
            emitNew(g, u);
            return;
        }
        // d(m) = new − old = da + db·m − dq·m², dq >= 0 because the new grid line is farther.
        double da = g.a - pieces[i + A];
        double db = g.b - pieces[i + B];
        double dq = g.q - pieces[i + Q];
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
        int i = p * W;
        emit(pieces[i + LINE], pieces[i + A], pieces[i + B], pieces[i + Q], at);
        tailOld = p;
    }

    private void emitNew(ColumnProfile g, double at) {
        emit(g.column, g.a, g.b, g.q, at);
        tailOld = -1;
    }

    private void emit(double line, double a, double b, double q, double at) {
        int last = (nextSize - 1) * W;
        if (last >= 0 && next[last + LINE] == line && next[last + A] == a && next[last + B] == b
                && next[last + Q] == q) {
            return;
        }
        ensureNext(nextSize + 1);
        int i = nextSize * W;
        next[i + START] = at;
        next[i + A] = a;
        next[i + B] = b;
        next[i + Q] = q;
        next[i + LINE] = line;
        nextSize++;
    }

    private void ensureNext(int pieceCount) {
        if (pieceCount * W > next.length) {
            next = Arrays.copyOf(next, Math.max(next.length * 2, pieceCount * W));
        }
    }

    private void swap() {
        double[] t = pieces;
        pieces = next;
        next = t;
        size = nextSize;
    }
}
