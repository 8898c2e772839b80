package org.plinth.decision.robustness;

import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;

/**
 * Timing of SMAA-2 at the project's target size (not a unit test; run by hand or by the lead's
 * benchmark script): {@code java -cp <decision and raster classes> ...SmaaBenchmark [draws sites
 * criteria threads repeats]}, default 10,000 draws x 1,000 sites x 8 criteria on 2 threads.
 * Prints one line per repeat; the first repeats include JIT warm-up.
 */
public final class SmaaBenchmark {
    private SmaaBenchmark() {
    }

    /** CPU time of the whole process (all threads), to read timings taken on a shared machine. */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    public static void main(String[] args) {
        int draws = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int sites = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        int criteria = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        int repeats = args.length > 4 ? Integer.parseInt(args[4]) : 5;
        SplittableRandom rnd = new SplittableRandom(1);
        double[][] rows = new double[sites][criteria];
        for (double[] row : rows) {
            for (int j = 0; j < criteria; j++) {
                row[j] = rnd.nextDouble();
            }
        }
        ScoreMatrix m = ScoreMatrix.of(rows);
        SmaaOptions o = SmaaOptions.defaults().withDraws(draws).withParallelism(threads);
        for (int k = 0; k < repeats; k++) {
            long c0 = processCpuNanos();
            long t0 = System.nanoTime();
            SmaaResult r = new Smaa(m, WeightDistribution.uniform(criteria), o).compute();
            long t1 = System.nanoTime();
            long c1 = processCpuNanos();
            System.out.printf("SMAA %d draws x %d sites x %d criteria, %d threads: wall %.3f s, cpu %.3f s"
                    + " (b_%d^1 = %.4f)%n", draws, sites, criteria, threads, (t1 - t0) / 1e9, (c1 - c0) / 1e9,
                    r.sitesByAcceptability()[0],
                    r.rankAcceptability(r.sitesByAcceptability()[0], 1));
        }
    }
}
