package org.plinth.decision.robustness;

import java.util.ArrayList;
import java.util.List;
import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import org.plinth.raster.Crs;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.GeoTransform;
import org.plinth.raster.GridGeometry;

/**
 * Timing of {@link SuitabilitySpread} (not a unit test): {@code java -Xmx2g -cp <decision and raster
 * classes> ...SpreadBenchmark [cols rows criteria draws threads repeats]}, default 1000 x 1000 cells,
 * 5 criteria, 1,000 draws, 2 threads. The project target is 10^7 cells (3163 x 3163) x 1,000 draws
 * under 30 s on 2 cores. Criteria are smooth random fields, like standardised distance layers.
 */
public final class SpreadBenchmark {
    private SpreadBenchmark() {
    }

    public static void main(String[] args) {
        int cols = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int m = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int draws = args.length > 3 ? Integer.parseInt(args[3]) : 1000;
        int threads = args.length > 4 ? Integer.parseInt(args[4]) : 2;
        int repeats = args.length > 5 ? Integer.parseInt(args[5]) : 3;
        GridGeometry g = new GridGeometry(cols, rows, GeoTransform.northUp(0, rows * 10.0, 10, 10), Crs.epsg(32725));
        SplittableRandom rnd = new SplittableRandom(1);
        List<FloatGrid> grids = new ArrayList<>();
        for (int j = 0; j < m; j++) {
            float[] d = new float[g.cellCount()];
            double fx = 0.001 + rnd.nextDouble() * 0.01;
            double fy = 0.001 + rnd.nextDouble() * 0.01;
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    d[r * cols + c] = (float) (0.5 + 0.45 * Math.sin(c * fx + j) * Math.cos(r * fy - j));
                }
            }
            grids.add(new FloatGrid(g, d, null));
        }
        SpreadOptions o = SpreadOptions.defaults().withDraws(draws).withParallelism(threads);
        for (int k = 0; k < repeats; k++) {
            long c0 = SmaaBenchmark.processCpuNanos();
            long t0 = System.nanoTime();
            SpreadResult r = new SuitabilitySpread(grids, WeightDistribution.uniform(m), o).compute();
            long t1 = System.nanoTime();
            long c1 = SmaaBenchmark.processCpuNanos();
            double perCell = (t1 - t0) / (double) g.cellCount();
            System.out.printf("spread %d x %d cells x %d criteria x %d draws, %d threads: wall %.2f s, cpu %.2f s"
                    + " (10^7 cells: wall %.1f s, cpu/%d %.1f s) p10(0,0) = %.4f%n", cols, rows, m, draws, threads,
                    (t1 - t0) / 1e9, (c1 - c0) / 1e9, perCell * 1e7 / 1e9, threads,
                    (c1 - c0) / (double) g.cellCount() * 1e7 / 1e9 / threads, r.lower().get(0, 0));
        }
    }
}
