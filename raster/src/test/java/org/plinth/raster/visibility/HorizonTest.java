package org.plinth.raster.visibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plinth.raster.FloatGrid;

/**
 * The merged horizon is the upper envelope of the grid lines merged so far: after each merge, at
 * random ratios, its piece's quadratic equals the highest obstacle slope over those lines computed
 * directly from the model (linear interpolation between cells, curvature), and "no obstacle" where
 * none of them has terrain. Half of the merges get certificates (nodes below a piece, as the sweep's
 * visibility pass issues them) drawn at random among the true ones, so that both the certified and
 * the node-by-node fast path of {@link Horizon#merge} are checked along with the general walk.
 */
class HorizonTest {
    static LongStream seeds() {
        return LongStream.range(0, 150);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void mergedHorizonIsTheUpperEnvelopeOfTheLinesSoFar(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int cols = rnd.nextInt(2, 70);
        int rows = rnd.nextInt(2, 70);
        double cw = rnd.nextBoolean() ? 30 : rnd.nextDouble(5, 60);
        double ch = rnd.nextBoolean() ? cw : rnd.nextDouble(5, 60);
        FloatGrid dem = TestGrids.randomTerrain(rnd, cols, rows, cw, ch, rnd.nextInt(3) == 0 ? rnd.nextDouble(0, 0.3) : 0);
        int oc = rnd.nextInt(cols);
        int or = rnd.nextInt(rows);
        if (dem.isNoData(oc, or)) {
            dem.data()[or * cols + oc] = 100f;
        }
        double[] ccs = {0, 0.85714, 500, 5000};
        ViewshedOptions opt = ViewshedOptions.defaults().withObserver(TestGrids.x(dem, oc), TestGrids.y(dem, or))
                .withObserverHeight(rnd.nextDouble(0, 20)).withCurvatureCoefficient(ccs[rnd.nextInt(ccs.length)]);
        SightFrame f = SightFrame.of(dem, opt);
        int checked = 0;
        for (Octant o : Octant.all(f)) {
            int sectors = 1 + rnd.nextInt(3);
            int s = rnd.nextInt(sectors);
            double lo = (double) s / sectors;
            double sectorHi = (double) (s + 1) / sectors;
            Horizon h = new Horizon();
            ColumnProfile g = new ColumnProfile(o);
            h.reset(lo, hi(o, 1, sectorHi));
            for (int n = 1; n < o.majorEdge; n++) {
                double next = hi(o, n + 1, sectorHi);
                if (next < lo) {
                    break;
                }
                h.rewind();
                if (rnd.nextBoolean()) {
                    certifySome(rnd, h, o, n, next);
                }
                g.begin(n, lo);
                h.merge(g, lo, next);
                for (int t = 0; t < 30; t++) {
                    double m = lo + rnd.nextDouble() * (next - lo);
                    int p = pieceAt(h, m);
                    if (p < 0) {
                        continue;
                    }
                    double expected = envelope(o, n, m);
                    String ctx = "seed " + seed + " octant " + (o.columnMajor ? "col" : "row") + " sx " + o.sx + " sy " + o.sy
                            + " after line " + n + " at m = " + m;
                    if (expected == Octant.NO_OBSTACLE) {
                        assertThat(h.blocks(p)).as(ctx + ": no obstacle").isFalse();
                    } else {
                        assertThat(h.blocks(p)).as(ctx + ": blocked").isTrue();
                        double got = h.a(p) + h.b(p) * m - h.q(p) * m * m;
                        assertThat(Math.abs(got - expected)).as(ctx + ": " + got + " vs " + expected)
                                .isLessThanOrEqualTo(1e-9 * (1 + Math.abs(expected)));
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).isPositive();
    }

    /** {@link SectorSweep}'s trimmed end of the horizon without a max distance. */
    private static double hi(Octant o, int n, double sectorHi) {
        return Math.min(sectorHi, (double) o.minorEdge / n) * (1 + 1e-9) + 1e-9;
    }

    /** The piece whose interior holds m, or −1 within 1e-7 of a piece start (rounding of crossings). */
    private static int pieceAt(Horizon h, double m) {
        int p = -1;
        for (int i = 0; i < h.size(); i++) {
            if (Math.abs(h.start(i) - m) < 1e-7) {
                return -1;
            }
            if (h.start(i) <= m) {
                p = i;
            }
        }
        return p;
    }

    /** Highest obstacle slope at ratio m over grid lines 1..n, straight from the model. */
    private static double envelope(Octant o, int n, double m) {
        double best = Octant.NO_OBSTACLE;
        for (int j = 1; j <= n; j++) {
            double y = j * m;
            int last = Math.min(j, o.minorEdge);
            int r = (int) Math.floor(y);
            if (r + 1 > last) {
                continue;
            }
            float h0 = o.height(j, r);
            float h1 = o.height(j, r + 1);
            if (o.isNoData(h0) || o.isNoData(h1)) {
                continue;
            }
            double h = h0 + (y - r) * ((double) h1 - h0);
            best = Math.max(best, (h - o.eye()) / j - o.curvature() * j * o.rayLength2(m));
        }
        return best;
    }

    /**
     * Certificates as the sweep's visibility pass issues them: for random blocking pieces, a random run
     * of line n's nodes inside the piece that all have data and lie at least
     * {@link Octant#belowMargin} below the piece's elevation.
     */
    private static void certifySome(SplittableRandom rnd, Horizon h, Octant o, int n, double next) {
        for (int p = 0; p < h.size(); p++) {
            if (!h.blocks(p) || rnd.nextInt(3) == 0) {
                continue;
            }
            double end = p + 1 < h.size() ? h.start(p + 1) : next;
            int kLo = (int) Math.ceil(h.start(p) * n);
            int kHi = (int) Math.min(Math.min(n, o.minorEdge), Math.floor(end * n));
            if (kLo > kHi) {
                continue;
            }
            int a = kLo + rnd.nextInt(kHi - kLo + 1);
            int b = a + rnd.nextInt(kHi - a + 1);
            double pa = h.a(p);
            double pb = h.b(p);
            double pq = h.q(p);
            double margin = o.belowMargin(n, 1.0 / n, pa, pb, pq);
            boolean below = true;
            for (int k = a; k <= b; k++) {
                double elevation = o.eye() + o.curvature() * n * (double) n * o.majorStep2 + n * pa + pb * k
                        + (o.curvature() * o.minorStep2 - pq / n) * k * (double) k;
                float z = o.height(n, k);
                below &= !o.isNoData(z) && z <= elevation - margin;
            }
            if (below) {
                h.certify(p, a, b);
            }
        }
    }
}
