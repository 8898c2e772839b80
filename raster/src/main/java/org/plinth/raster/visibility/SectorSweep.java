package org.plinth.raster.visibility;

import org.plinth.raster.Monitor;

/**
 * Viewshed of one angular sector of one {@link Octant}: walks the major-axis grid lines outwards;
 * on each line it first answers every target of the sector from the {@link Horizon} built from the
 * nearer lines, then merges the line into the horizon. The horizon is trimmed to the ratios later
 * targets can still have (grid edge, max distance, sector), so work is bounded by the cells in
 * reach. When only visibility is wanted, targets far from a tie are settled from the horizon's
 * coefficients ({@link #answerVisibility}); all others, and every minimum height, are evaluated
 * with the exact model. The visibility pass also certifies, piece by piece, that the line lies below
 * the horizon, so that the merge can keep those pieces without walking the line again.
 */
final class SectorSweep {
    private static final int CANCEL_CHECK_LINES = 32;
    /** Relative slack on the trimmed horizon's upper end, so rounding never trims a needed ratio. */
    private static final double TRIM_SLACK = 1e-9;
    /**
     * Relative margin around the coefficient horizon within which a target is decided by the exact
     * model; the coefficients are within about 1e-15 · (heights + height steps) of the model.
     */
    private static final double APPROXIMATION_TOLERANCE = 1e-9;

    private final SightFrame f;
    private final Octant o;
    private final VisibilityCanvas out;
    private final Horizon horizon = new Horizon();
    private final ColumnProfile profile;
    /** Data targets answered and those found visible, for {@link VisibilityCanvas#count}. */
    private long dataTargets;
    private long visibleTargets;

    SectorSweep(SightFrame f, Octant o, VisibilityCanvas out) {
        this.f = f;
        this.o = o;
        this.out = out;
        this.profile = new ColumnProfile(o);
    }

    /** Sweeps sector {@code sector} of {@code sectors} equal ratio ranges. */
    void run(int sector, int sectors, Monitor monitor) {
        double lo = (double) sector / sectors;
        double sectorHi = (double) (sector + 1) / sectors;
        int nMax = lastLine();
        if (nMax < 1) {
            return;
        }
        horizon.reset(lo, trimmedHi(1, sectorHi));
        for (int n = 1; n <= nMax; n++) {
            if (n % CANCEL_CHECK_LINES == 0) {
                monitor.checkCancelled();
            }
            answerTargets(n, sector, sectors);
            if (n == nMax) {
                break;
            }
            double hi = trimmedHi(n + 1, sectorHi);
            if (hi < lo) {
                break;
            }
            profile.begin(n, lo);
            horizon.merge(profile, lo, hi);
        }
        out.count(dataTargets, visibleTargets);
    }

    /** The farthest major-axis line with a cell in reach. */
    private int lastLine() {
        int n = o.majorEdge;
        if (f.maxDistance != Double.POSITIVE_INFINITY) {
            n = (int) Math.min(n, Math.floor(f.maxDistance / o.majorStep) + 1);
            while (n > 0 && !o.inReach(n, 0)) {
                n--;
            }
        }
        return n;
    }

    /** Largest ratio a target on line n or beyond can have in this sector, with slack. */
    private double trimmedHi(int n, double sectorHi) {
        double hi = Math.min(sectorHi, (double) o.minorEdge / n);
        if (f.maxDistance != Double.POSITIVE_INFINITY) {
            double dn = n * o.majorStep;
            double rest = Math.max(0, f.maxDistanceSquared - dn * dn);
            hi = Math.min(hi, Math.sqrt(rest) / (o.minorStep * n));
        }
        return hi * (1 + TRIM_SLACK) + TRIM_SLACK;
    }

    private void answerTargets(int n, int sector, int sectors) {
        int kFrom = Math.max(ceilDiv((long) sector * n, sectors), o.firstOwnedK());
        int kTo = sector == sectors - 1 ? n : ceilDiv((long) (sector + 1) * n, sectors) - 1;
        kTo = Math.min(Math.min(kTo, o.lastOwnedK(n)), Math.min(o.minorEdge, o.lastKInReach(n)));
        dataTargets += Math.max(0, kTo - kFrom + 1); // less the NoData ones, in answer()
        horizon.rewind();
        if (out.minimumHeight == null) {
            answerVisibility(n, kFrom, kTo);
            return;
        }
        for (int k = kFrom; k <= kTo; k++) {
            answer(n, k);
        }
    }

    /**
     * Visibility only, targets {@code kFrom..kTo} of line n, piece by piece of the horizon: a target
     * whose ratio lies inside a piece (farther than 2·{@link Horizon#EPS} from its ends) is settled
     * by comparing its ground with the piece's horizon elevation {@code T(k)}, a quadratic in k
     * (visible above it, hidden more than {@link Octant#TIE_HEIGHT} below it), unless it is within a
     * tolerance of those bounds; every other target is decided by {@link #answer},
     * exactly. {@code T} is the elevation at which the target's slope equals the piece's
     * {@code a + b·m − q·m²}: multiplying {@code target − horizon} by n gives
     * {@code ground − T(k)} with {@code T(k) = eye − targetHeight + c·n²·A² + n·a + b·k + (c·B² − q/n)·k²}
     * (A, B: the major and minor step lengths; c: the curvature constant). The tolerance, 1e-9 of
     * the sum of the terms' magnitudes, contains n times the slope tolerance within which the
     * coefficients may differ from the model, and is far above the rounding of T; the loop has no
     * division and no horizon cursor per target.
     */
    private void answerVisibility(int n, int kFrom, int kTo) {
        float[] z = o.heights();
        int zStep = o.minorStride();
        int zBase = o.lineBase(n);
        int outBase = out.indexOf(o.colOf(f, n, 0), o.rowOf(f, n, 0));
        int outStep = out.indexOf(o.colOf(f, n, 1), o.rowOf(f, n, 1)) - outBase;
        byte[] vis = out.visibility;
        float noData = f.noData;
        double curveMajor = o.curvature() * n * (double) n * o.majorStep2;
        double curveMinor = o.curvature() * o.minorStep2;
        double fixed = o.eye() - f.targetHeight + curveMajor;
        double lineTolerance = o.lineTolerance(n);
        double targetTolerance = APPROXIMATION_TOLERANCE * Math.abs(f.targetHeight);
        double inverseN = 1.0 / n;
        double margin = 2 * Horizon.EPS;
        int pieces = horizon.size();
        int k = kFrom;
        for (int p = 0; p < pieces && k <= kTo; p++) {
            int safeFrom = (int) Math.max(k, Math.ceil((horizon.start(p) + margin) * n));
            int safeTo = p + 1 < pieces ? (int) Math.min(kTo, Math.floor((horizon.start(p + 1) - margin) * n)) : kTo;
            for (; k < safeFrom && k <= kTo; k++) {
                answer(n, k);
            }
            if (k > safeTo) {
                continue;
            }
            if (!horizon.blocks(p)) {
                for (; k <= safeTo; k++) {
                    float g = z[zBase + k * zStep];
                    if (g == g && g != noData) {
                        vis[outBase + k * outStep] = (byte) Viewshed.VISIBLE;
                        visibleTargets++;
                    } else {
                        answer(n, k);
                    }
                }
                continue;
            }
            double pa = horizon.a(p);
            double pb = horizon.b(p);
            double pq = horizon.q(p);
            double t0 = fixed + n * pa;
            double t2 = curveMinor - pq * inverseN;
            double pieceTolerance = lineTolerance + APPROXIMATION_TOLERANCE * n * (1 + Math.abs(pa) + Math.abs(pb) + Math.abs(pq));
            double tol = pieceTolerance + targetTolerance;
            // The same pass certifies line n's nodes below this piece for the merge that follows
            // (Horizon#certify): ground below the piece's elevation t + targetHeight by Octant#belowMargin.
            double certCut = f.targetHeight - o.belowMargin(n, inverseN, pa, pb, pq);
            boolean below = true;
            int certFrom = k;
            for (; k <= safeTo; k++) {
                float g = z[zBase + k * zStep];
                double t = t0 + (pb + t2 * k) * k;
                below &= g <= t + certCut;
                if (g > t + tol && g != noData) {
                    vis[outBase + k * outStep] = (byte) Viewshed.VISIBLE;
                    visibleTargets++;
                } else if (g < t - tol - Octant.TIE_HEIGHT && g != noData) {
                    vis[outBase + k * outStep] = (byte) Viewshed.NOT_VISIBLE;
                } else {
                    answer(n, k);
                    below = false;
                }
            }
            if (below && certFrom <= safeTo) {
                horizon.certify(p, certFrom, safeTo);
            }
        }
        for (; k <= kTo; k++) {
            answer(n, k);
        }
    }

    private void answer(int n, int k) {
        int idx = out.indexOf(o.colOf(f, n, k), o.rowOf(f, n, k));
        float ground = o.height(n, k);
        if (o.isNoData(ground)) {
            write(idx, Viewshed.NO_DATA, Float.NaN);
            dataTargets--;
            return;
        }
        double m = (double) k / n;
        double l2 = o.rayLength2(m);
        double target = o.targetSlope(n, ground + f.targetHeight, l2);
        double h = horizon.maxSlope(o, k, n, m, l2);
        boolean visible = Octant.clears(target, h, n);
        float need = 0f;
        if (out.minimumHeight != null && !visible) {
            need = (float) Math.max(0, o.elevationOnHorizon(n, h, l2) - ground);
        }
        visibleTargets += visible ? 1 : 0;
        write(idx, visible ? Viewshed.VISIBLE : Viewshed.NOT_VISIBLE, need);
    }

    private void write(int idx, int visibility, float minimumHeight) {
        if (out.visibility != null) {
            out.visibility[idx] = (byte) visibility;
        }
        if (out.minimumHeight != null) {
            out.minimumHeight[idx] = minimumHeight;
        }
    }

    private static int ceilDiv(long a, int b) {
        return (int) -Math.floorDiv(-a, b);
    }
}
