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
    private int i;
    private double inverseI;
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
    }

    /** Positions the cursor on the first element of grid line {@code line} that ends at or after {@code lo}. */
    void begin(int line, double lo) {
        this.i = line;
        this.inverseI = 1.0 / line;
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
        float h0 = o.height(i, seg);
        float h1 = o.height(i, seg + 1);
        if (o.isNoData(h0) || o.isNoData(h1)) {
            column = -1;
            return;
        }
        double dh = (double) h1 - h0;
        double c = o.curvature() * i;
        column = i;
        a = (h0 - seg * dh - o.eye()) * inverseI - c * o.majorStep2;
        b = dh;
        q = c * o.minorStep2;
    }

    private void setNode(int node) {
        double c = o.curvature() * i;
        start = node * inverseI;
        end = start;
        column = i;
        a = (o.height(i, node) - o.eye()) * inverseI - c * o.majorStep2;
        b = 0;
        q = c * o.minorStep2;
    }

    /** A cell with data neither of whose segments along this grid line has data at both ends. */
    private boolean isLoneNode(int node) {
        if (o.isNoData(o.height(i, node))) {
            return false;
        }
        boolean below = node > 0 && !o.isNoData(o.height(i, node - 1));
        boolean above = node < last && !o.isNoData(o.height(i, node + 1));
        return !below && !above;
    }
}
