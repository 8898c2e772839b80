package org.plinth.raster.visibility;

/**
 * The terrain along one major-axis grid line {@code i} of an {@link Octant}, as the obstacle
 * functions of the ray ratio {@code m = k/n} that {@link Horizon} merges: a cursor over elements
 * in increasing {@code m}.
 *
 * <p>Segment {@code r} joins the cells at minor offsets {@code r} and {@code r+1} and spans
 * {@code m ∈ [r/i, (r+1)/i]}; where both cells have data its slope is
 * {@code a + b·m − q·m²} (linear interpolation of the height, curvature term quadratic in m), else
 * it is a gap. A cell with data whose two segments are both gaps blocks at its centre only: a
 * zero-width node element at {@code m = r/i}. After the last cell a gap runs to infinity.
 */
final class ColumnProfile {
    private final Octant o;
    private final float[] z;
    private final int minorStride;
    private final double eye;
    private final float noData;
    private int i;
    private double inverseI;
    /** DEM index of the cell at minor offset 0 on this grid line. */
    private int lineBase;
    /** Curvature terms of this line: {@code c·i·a²} and {@code c·i·b²}. */
    private double curveA;
    private double curveQ;
    private int last;
    private int r;
    private boolean atNode;
    private boolean atTail;

    /** Current element: span, column (−1 for a gap) and slope coefficients. */
    double start;
    double end;
    int column;
    double a;
    double b;
    double q;

    ColumnProfile(Octant o) {
        this.o = o;
        this.z = o.heights();
        this.minorStride = o.minorStride();
        this.eye = o.eye();
        this.noData = o.noData();
    }

    /** Positions the cursor on the first element of grid line {@code line} that ends at or after {@code lo}. */
    void begin(int line, double lo) {
        this.i = line;
        this.inverseI = 1.0 / line;
        this.lineBase = o.lineBase(line);
        double c = o.curvature() * line;
        this.curveA = c * o.majorStep2;
        this.curveQ = c * o.minorStep2;
        this.last = Math.min(line, o.minorEdge);
        atTail = false;
        int r0 = (int) Math.max(0, Math.min(last, Math.floor(lo * line) - 1));
        enterNodeOrSegment(r0);
        while (end < lo) {
            advance();
        }
    }

    void advance() {
        if (atTail) {
            return;
        }
        if (atNode) {
            enterSegment(r);
        } else if (column >= 0) {
            // The segment just left has data at both ends, so the next node is not lone.
            enterSegment(r + 1);
        } else {
            enterNodeOrSegment(r + 1);
        }
    }

    /**
     * Fast path of {@link Horizon}'s merge: from the current element, a data segment whose end is
     * {@code u}, walks on over the following data segments while each ends before {@code stop}
     * and lies wholly below the quadratic {@code pa + pb·m − pq·m²} (the test of
     * {@link Horizon#isAbove}). Stops on the first segment that does not, or at a gap, node or the
     * tail, and returns where the walk stopped: the end of the last segment passed. The profile is
     * then on the element that starts there, as after the same calls to {@link #advance}.
     */
    double skipSegmentsBelow(double pa, double pb, double pq, double u, double stop) {
        int seg = r;
        int idx = lineBase + (seg + 1) * minorStride;
        float h0 = z[idx];
        double db0 = -pb;
        double dq = curveQ - pq;
        double at = u;
        while (true) {
            int next = seg + 1;
            if (next >= last) {
                break;
            }
            float h1 = z[idx + minorStride];
            if (h1 != h1 || h1 == noData) {
                break;
            }
            double from = at;
            double to = (next + 1) * inverseI;
            double dh = (double) h1 - h0;
            double na = (h0 - next * dh - eye) * inverseI - curveA;
            if (!(to < stop) || Horizon.isAbove(na - pa, dh + db0, dq, from, to)) {
                r = next;
                start = from;
                end = to;
                a = na;
                b = dh;
                return from;
            }
            seg = next;
            idx += minorStride;
            h0 = h1;
            at = to;
        }
        // From a data segment, advance() needs only its index.
        r = seg;
        advance();
        return at;
    }

    /**
     * Fast path of {@link Horizon}'s merge: true when the terrain of this grid line stays below the
     * horizon piece {@code pa + pb·m − pq·m²} wherever its segments meet {@code [from, to]}, certified
     * from the nodes (cells) those segments join: each has data and lies at least
     * {@link Octant#belowMargin} below the piece's elevation {@code T(k)} (see there). Nodes in
     * {@code [certLo, certHi]} were certified already, with the same test, by the sweep's answer pass.
     * Does not move the cursor.
     */
    boolean nodesBelow(double from, double to, double pa, double pb, double pq, int certLo, int certHi) {
        // the nodes of every segment that meets [from, to], one more where rounding could hide one
        int kLo = (int) Math.max(0, Math.floor(from * i - 1e-6));
        int kHi = (int) Math.min(last, Math.ceil(to * i + 1e-6));
        if (kLo > kHi) {
            return false;
        }
        double margin = o.belowMargin(i, inverseI, pa, pb, pq);
        double t0 = eye + curveA * i + pa * i - margin;
        double t2 = (curveQ - pq) * inverseI;
        if (certLo <= certHi && certLo <= kHi && certHi >= kLo) {
            return nodesBelow(kLo, Math.min(kHi, certLo - 1), t0, pb, t2)
                    && nodesBelow(Math.max(kLo, certHi + 1), kHi, t0, pb, t2);
        }
        return nodesBelow(kLo, kHi, t0, pb, t2);
    }

    private boolean nodesBelow(int kLo, int kHi, double t0, double pb, double t2) {
        for (int k = kLo; k <= kHi; k++) {
            float h = z[lineBase + k * minorStride];
            if (!(h <= t0 + (pb + t2 * k) * k) || h == noData) {
                return false;
            }
        }
        return true;
    }

    /**
     * Positions the cursor where {@link Horizon#merge} would stand after passing {@code u}, the end of
     * a piece that {@link #nodesBelow} certified: on the segment r with {@code r/i <= u < (r+1)/i}
     * (as the elements' ends are computed), or on the tail. Both nodes of that segment are among
     * the certified ones, so it is a data segment and no zero-width node element lies at u.
     */
    void seek(double u) {
        int seg = (int) Math.max(0, Math.min(last, Math.floor(u * i)));
        if (seg > 0 && seg * inverseI > u) {
            seg--;
        } else if (seg < last && (seg + 1) * inverseI <= u) {
            seg++;
        }
        atTail = false;
        enterSegment(seg);
    }

    /** True when the current element is a segment with data at both ends. */
    boolean isDataSegment() {
        return column >= 0 && !atNode && !atTail;
    }

    private void enterNodeOrSegment(int node) {
        r = node;
        if (isLoneNode(node)) {
            atNode = true;
            setNode(node);
        } else {
            enterSegment(node);
        }
    }

    private void enterSegment(int seg) {
        r = seg;
        atNode = false;
        if (seg >= last) {
            atTail = true;
            start = last * inverseI;
            end = Double.POSITIVE_INFINITY;
            column = -1;
            return;
        }
        // Element ends only need to agree with each other: targets are evaluated exactly (Horizon).
        start = seg * inverseI;
        end = (seg + 1) * inverseI;
        int idx = lineBase + seg * minorStride;
        float h0 = z[idx];
        float h1 = z[idx + minorStride];
        if (o.isNoData(h0) || o.isNoData(h1)) {
            column = -1;
            return;
        }
        double dh = (double) h1 - h0;
        column = i;
        a = (h0 - seg * dh - o.eye()) * inverseI - curveA;
        b = dh;
        q = curveQ;
    }

    private void setNode(int node) {
        start = node * inverseI;
        end = start;
        column = i;
        a = (z[lineBase + node * minorStride] - o.eye()) * inverseI - curveA;
        b = 0;
        q = curveQ;
    }

    /** A cell with data neither of whose segments along this grid line has data at both ends. */
    private boolean isLoneNode(int node) {
        int idx = lineBase + node * minorStride;
        if (o.isNoData(z[idx])) {
            return false;
        }
        boolean below = node > 0 && !o.isNoData(z[idx - minorStride]);
        boolean above = node < last && !o.isNoData(z[idx + minorStride]);
        return !below && !above;
    }
}
