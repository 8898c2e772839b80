package org.plinth.raster.visibility;

/**
 * One eighth of the plane around the observer, in local coordinates: {@code n} steps along the
 * major axis (the axis along which the target is farther), {@code k} steps along the minor axis,
 * {@code 0 <= k <= n}. Column-major octants have the major axis along columns (east or west),
 * row-major ones along rows (north or south); {@code sx}, {@code sy} give the directions.
 *
 * <p>This class holds the line-of-sight model of {@link Viewshed} in local terms: the line from
 * the observer to target {@code (n, k)} crosses the major-axis grid line {@code j} ({@code 0 < j < n})
 * at minor offset {@code y = j·k/n}; the terrain there is interpolated linearly between the cells
 * {@code floor(y)} and {@code floor(y)+1} on that grid line ({@link #obstacleSlope}).
 *
 * <p>Ownership: targets on the boundary between two octants are written by one of them only, so
 * that every cell is written once: column-major octants own the diagonals, the east/west octants
 * with {@code sy = +1} own the observer's row, the row-major octants with {@code sx = +1} own the
 * observer's column.
 */
final class Octant {
    static final double NO_OBSTACLE = Double.NEGATIVE_INFINITY;
    /**
     * How far (metres) a target may lie below its horizon and still count as visible: ties, and misses
     * far smaller than any DEM resolves, are visible. It is many orders of magnitude above the
     * rounding of the slopes (about 1e-13 m), so doubles decide every target the same way the
     * model does, and far below the precision of heights stored as Float32 (0.1 mm at 1000 m).
     */
    static final double TIE_HEIGHT = 1e-6;
    /** Largest n for which every j·k with j, k &lt; n fits in an int. */
    private static final int MAX_INT_PRODUCT = 46_340;

    final boolean columnMajor;
    final int sx;
    final int sy;
    private final float[] z;
    private final float noData;
    private final double eye;
    private final double curvature;
    /** DEM index of the observer cell and the index steps along the major and minor axes. */
    private final int base;
    private final int majorStride;
    private final int minorStride;
    /** Step lengths in metres along the major and minor axes, and their squares. */
    final double majorStep;
    final double minorStep;
    final double majorStep2;
    final double minorStep2;
    /** Steps from the observer to the grid edge along the major and minor axes. */
    final int majorEdge;
    final int minorEdge;
    private final double maxDistanceSquared;
    /**
     * Grid steps per local step, ownership offsets: precomputed so that the sweeps' code has no
     * branch on the kind of octant, which the JIT would otherwise specialise to the first octant
     * it profiles and recompile when the other kind comes.
     */
    private final int colPerMajor;
    private final int colPerMinor;
    private final int rowPerMajor;
    private final int rowPerMinor;
    private final int firstOwnedK;
    private final int diagonalLeft;

    Octant(SightFrame f, boolean columnMajor, int sx, int sy) {
        this.columnMajor = columnMajor;
        this.sx = sx;
        this.sy = sy;
        this.z = f.z;
        this.noData = f.noData;
        this.eye = f.eye;
        this.curvature = f.curvature;
        this.base = f.observerRow * f.cols + f.observerCol;
        int colEdge = sx > 0 ? f.cols - 1 - f.observerCol : f.observerCol;
        int rowEdge = sy > 0 ? f.rows - 1 - f.observerRow : f.observerRow;
        this.majorStride = columnMajor ? sx : sy * f.cols;
        this.minorStride = columnMajor ? sy * f.cols : sx;
        this.majorStep = columnMajor ? f.cellWidth : f.cellHeight;
        this.minorStep = columnMajor ? f.cellHeight : f.cellWidth;
        this.majorStep2 = majorStep * majorStep;
        this.minorStep2 = minorStep * minorStep;
        this.majorEdge = columnMajor ? colEdge : rowEdge;
        this.minorEdge = columnMajor ? rowEdge : colEdge;
        this.maxDistanceSquared = f.maxDistanceSquared;
        this.colPerMajor = columnMajor ? sx : 0;
        this.colPerMinor = columnMajor ? 0 : sx;
        this.rowPerMajor = columnMajor ? 0 : sy;
        this.rowPerMinor = columnMajor ? sy : 0;
        this.firstOwnedK = (columnMajor ? sy : sx) > 0 ? 0 : 1;
        this.diagonalLeft = columnMajor ? 0 : 1;
    }

    /** The eight octants of a frame. */
    static Octant[] all(SightFrame f) {
        Octant[] o = new Octant[8];
        int i = 0;
        for (int s = 0; s < 4; s++) {
            int sx = (s & 1) == 0 ? 1 : -1;
            int sy = (s & 2) == 0 ? 1 : -1;
            o[i++] = new Octant(f, true, sx, sy);
            o[i++] = new Octant(f, false, sx, sy);
        }
        return o;
    }

    /** Grid column of local point (n, k). */
    int colOf(SightFrame f, int n, int k) {
        return f.observerCol + n * colPerMajor + k * colPerMinor;
    }

    /** Grid row of local point (n, k). */
    int rowOf(SightFrame f, int n, int k) {
        return f.observerRow + n * rowPerMajor + k * rowPerMinor;
    }

    /** Smallest k this octant writes on any line (ownership of the observer's row and column). */
    int firstOwnedK() {
        return firstOwnedK;
    }

    /** Largest k this octant writes at major step n: row-major octants leave the diagonal to column-major ones. */
    int lastOwnedK(int n) {
        return n - diagonalLeft;
    }

    /** True when local point (n, k) is within the max distance: {@code (n·a)² + (k·b)² <= D²}. */
    boolean inReach(int n, int k) {
        double dn = n * majorStep;
        double dk = k * minorStep;
        return dn * dn + dk * dk <= maxDistanceSquared;
    }

    /** Largest k with (n, k) in reach, or -1 when none. */
    int lastKInReach(int n) {
        if (maxDistanceSquared == Double.POSITIVE_INFINITY) {
            return Integer.MAX_VALUE;
        }
        double dn = n * majorStep;
        double rest = maxDistanceSquared - dn * dn;
        if (rest < 0) {
            return inReach(n, 0) ? 0 : -1;
        }
        double reach = Math.floor(Math.sqrt(rest) / minorStep);
        if (!(reach < Integer.MAX_VALUE - 2)) {
            return Integer.MAX_VALUE; // farther than any grid reaches: as unlimited (and no int overflow below)
        }
        int k = (int) reach;
        while (k >= 0 && !inReach(n, k)) {
            k--;
        }
        while (inReach(n, k + 1)) {
            k++;
        }
        return k;
    }

    /** The DEM's values (shared, read-only). */
    float[] heights() {
        return z;
    }

    /** DEM index of the cell j major steps out on the observer's axis (minor offset 0). */
    int lineBase(int j) {
        return base + j * majorStride;
    }

    int minorStride() {
        return minorStride;
    }

    float height(int j, int r) {
        return z[base + j * majorStride + r * minorStride];
    }

    boolean isNoData(float v) {
        return v != v || v == noData;
    }

    /** The DEM's declared NoData value, or NaN (NaN is NoData either way). */
    float noData() {
        return noData;
    }

    /** Curvature-corrected slope factor of the ray at minor/major ratio m: {@code a² + b²·m²}. */
    double rayLength2(double m) {
        return majorStep2 + minorStep2 * m * m;
    }

    /**
     * Slope of the obstacle where the line to target (n, k) crosses grid line j, or
     * {@link #NO_OBSTACLE} when the terrain there is NoData. The slope is scaled by the ray's length
     * per major step {@code L = sqrt(l2)}, which is the same for every j on one ray, so slopes on a
     * ray compare as true tangents do:
     * {@code (h − eye)/j − c·j·l2} = {@code L · ((h − eye − c·d²)/d)} with {@code d = j·L}.
     */
    double obstacleSlope(int j, int k, int n, double l2) {
        int r;
        int rem;
        if (n <= MAX_INT_PRODUCT) {
            // 32-bit division is several times faster than 64-bit; j·k < n² fits here.
            int jk = j * k;
            r = jk / n;
            rem = jk - r * n;
        } else {
            long jk = (long) j * k;
            r = (int) (jk / n);
            rem = (int) (jk - (long) r * n);
        }
        int idx = base + j * majorStride + r * minorStride;
        float h0 = z[idx];
        double h;
        if (rem == 0) {
            if (isNoData(h0)) {
                return NO_OBSTACLE;
            }
            h = h0;
        } else {
            float h1 = z[idx + minorStride];
            if (isNoData(h0) || isNoData(h1)) {
                return NO_OBSTACLE;
            }
            double t = (double) rem / n;
            h = h0 + t * ((double) h1 - h0);
        }
        return (h - eye) / j - curvature * j * l2;
    }

    /**
     * Whether a target on major step n with slope {@code target} clears the highest crossing slope
     * {@code horizon}: raised by {@link #TIE_HEIGHT} it would, i.e. {@code target + TIE_HEIGHT/n >= horizon}.
     */
    static boolean clears(double target, double horizon, int n) {
        return target + TIE_HEIGHT / n >= horizon;
    }

    /** Slope of a target point at elevation {@code zt} on major step n, scaled as {@link #obstacleSlope}. */
    double targetSlope(int n, double zt, double l2) {
        return (zt - eye) / n - curvature * n * l2;
    }

    /** Elevation a target on major step n needs so that its slope equals {@code horizon}. */
    double elevationOnHorizon(int n, double horizon, double l2) {
        return eye + n * (horizon + curvature * n * l2);
    }

    /**
     * The part of the sweep's tolerances (metres) that depends on the grid line only: 1e-9 of the
     * magnitudes of the line's terms in the horizon elevation {@code T(k)} (see {@link #belowMargin}):
     * the eye, the curvature drop {@code c·n²·A²}, the curvature term at the line's far end
     * {@code c·B²·n²}, and n (heights of order 1 per step). Absolute values, so that a negative
     * curvature (refraction coefficient above 1) cannot shrink it.
     */
    double lineTolerance(int n) {
        double nn = n * (double) n;
        return 1e-9 * (Math.abs(eye) + Math.abs(curvature * nn * majorStep2) + Math.abs(curvature * minorStep2) * nn + n);
    }

    /**
     * Margin (metres) by which a node of grid line n must lie below a horizon piece
     * {@code pa + pb·m − pq·m²} for the fast paths to certify that the line's terrain stays below the
     * piece between nodes ({@link ColumnProfile#nodesBelow}, {@link SectorSweep}). Multiplying
     * {@code slope − piece} by n turns it into {@code h − T(k)} with the elevation
     * {@code T(k) = eye + c·n²·A² + n·pa + pb·k + κ·k²}, {@code κ = c·B² − pq/n}; between two nodes
     * the linear terrain minus T, a quadratic with second derivative {@code −2κ}, rises at most κ/4
     * above its values at the nodes. The rest, {@link #lineTolerance} plus 1e-9 of the piece's terms,
     * is far above the rounding in which this test and the merge's own arithmetic can differ, so a
     * certified piece is one the merge would keep unchanged.
     *
     * @param inverseN 1/n, so that no division is needed per piece
     */
    double belowMargin(int n, double inverseN, double pa, double pb, double pq) {
        double kappa = curvature * minorStep2 - pq * inverseN;
        return lineTolerance(n) + 1e-9 * n * (1 + Math.abs(pa) + Math.abs(pb) + Math.abs(pq)) + Math.max(0, kappa) / 4;
    }

    double eye() {
        return eye;
    }

    double curvature() {
        return curvature;
    }
}
