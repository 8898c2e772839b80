package org.plinth.decision.robustness;

import java.util.SplittableRandom;

/**
 * The main SMAA loop over one chunk of draws: weighted scores (optionally with noisy criteria),
 * ranking, and rank counting into the worker's own integer counts. Also records the first-ranked
 * site of every draw so central weights can be summed afterwards in draw order.
 */
final class RankPass {
    private final double[] values;
    private final double[] weights;
    private final int sites;
    private final int criteria;
    private final int ranks;
    private final double noise;
    private final SplittableRandom[] generators;
    private final int[] first;

    /** A worker's scratch buffers and counts ({@code counts[site * ranks + rank - 1]}). */
    static final class Worker {
        final SiteRanker ranker;
        final double[] scores;
        final int[] counts;

        Worker(int sites, int ranks) {
            this.ranker = new SiteRanker(sites);
            this.scores = new double[sites];
            this.counts = new int[sites * ranks];
        }
    }

    RankPass(ScoreMatrix matrix, double[] weights, int ranks, double noise, long seed, int[] first) {
        this.values = matrix.values();
        this.weights = weights;
        this.sites = matrix.sites();
        this.criteria = matrix.criteria();
        this.ranks = ranks;
        this.noise = noise;
        this.first = first;
        this.generators = WeightSampler.chunkGenerators(seed, chunks());
    }

    int chunks() {
        return WeightSampler.chunkCount(first.length);
    }

    Worker newWorker() {
        return new Worker(sites, ranks);
    }

    void run(Worker w, int chunk) {
        SplittableRandom rng = generators[chunk];
        int end = Math.min(first.length, (chunk + 1) * WeightSampler.CHUNK);
        int[] order = w.ranker.order();
        for (int d = chunk * WeightSampler.CHUNK; d < end; d++) {
            score(d * criteria, w.scores, rng);
            w.ranker.rank(w.scores, rng);
            first[d] = order[0];
            for (int r = 0; r < ranks; r++) {
                w.counts[order[r] * ranks + r]++;
            }
        }
    }

    private void score(int weightOffset, double[] scores, SplittableRandom rng) {
        for (int i = 0, base = 0; i < sites; i++, base += criteria) {
            double s = 0;
            if (noise == 0) {
                for (int j = 0; j < criteria; j++) {
                    s += weights[weightOffset + j] * values[base + j];
                }
            } else {
                for (int j = 0; j < criteria; j++) {
                    double x = values[base + j] + noise * (2 * rng.nextDouble() - 1);
                    s += weights[weightOffset + j] * x;
                }
            }
            scores[i] = s;
        }
    }
}
