package org.plinth.decision.robustness;

import java.util.SplittableRandom;

/**
 * SMAA-2 confidence factors under noisy criteria: for each draw of the perturbed score matrix,
 * every candidate site is scored with its own central weights and wins when it ranks first
 * (exact ties for first broken uniformly at random, like {@link SiteRanker}). Each worker counts
 * wins in its own integers, so the merged counts do not depend on the thread count.
 */
final class ConfidencePass {
    private final double[] values;
    private final double[] central;
    private final int[] candidates;
    private final int sites;
    private final int criteria;
    private final double noise;
    private final int draws;
    private final SplittableRandom[] generators;

    /** A worker's scratch matrix and win counts ({@code wins[q]} for {@code candidates[q]}). */
    static final class Worker {
        final double[] noisy;
        final int[] wins;

        Worker(int cells, int candidates) {
            this.noisy = new double[cells];
            this.wins = new int[candidates];
        }
    }

    ConfidencePass(ScoreMatrix matrix, double[] central, int[] candidates, double noise, int draws, long seed) {
        this.values = matrix.values();
        this.central = central;
        this.candidates = candidates;
        this.sites = matrix.sites();
        this.criteria = matrix.criteria();
        this.noise = noise;
        this.draws = draws;
        this.generators = WeightSampler.chunkGenerators(seed, chunks());
    }

    int chunks() {
        return WeightSampler.chunkCount(draws);
    }

    Worker newWorker() {
        return new Worker(values.length, candidates.length);
    }

    void run(Worker w, int chunk) {
        SplittableRandom rng = generators[chunk];
        int end = Math.min(draws, (chunk + 1) * WeightSampler.CHUNK);
        for (int d = chunk * WeightSampler.CHUNK; d < end; d++) {
            for (int c = 0; c < values.length; c++) {
                w.noisy[c] = values[c] + noise * (2 * rng.nextDouble() - 1);
            }
            for (int q = 0; q < candidates.length; q++) {
                if (wins(w.noisy, candidates[q], rng)) {
                    w.wins[q]++;
                }
            }
        }
    }

    /** True when {@code site} ranks first on {@code x} with its central weights. */
    private boolean wins(double[] x, int site, SplittableRandom rng) {
        int wOff = site * criteria;
        double own = weighted(x, site, wOff);
        int tied = 1;
        for (int i = 0; i < sites; i++) {
            if (i == site) {
                continue;
            }
            double s = weighted(x, i, wOff);
            if (s > own) {
                return false;
            }
            if (s == own) {
                tied++;
            }
        }
        return tied == 1 || rng.nextInt(tied) == 0;
    }

    private double weighted(double[] x, int site, int wOff) {
        double s = 0;
        int base = site * criteria;
        for (int j = 0; j < criteria; j++) {
            s += central[wOff + j] * x[base + j];
        }
        return s;
    }
}
