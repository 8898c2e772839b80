package org.plinth.decision.robustness;

import java.util.Objects;
import java.util.SplittableRandom;
import org.plinth.raster.Monitor;

/**
 * Draws many weight vectors from a {@link WeightDistribution}, reproducibly and in parallel.
 *
 * <p>Determinism: draws are cut into chunks of {@value #CHUNK} consecutive draws; chunk {@code k}
 * uses the {@code k}-th generator split, in order, from {@code new SplittableRandom(seed)}. Which
 * thread runs a chunk therefore never matters: the same seed gives bit-identical draws for every
 * parallelism, and the first {@code d} draws of a longer run equal a run of {@code d} draws.
 */
public final class WeightSampler {
    /** Draws per chunk, the unit of parallel work and of generator splitting. */
    public static final int CHUNK = 1024;

    private final WeightDistribution distribution;
    private final long seed;

    public WeightSampler(WeightDistribution distribution, long seed) {
        this.distribution = Objects.requireNonNull(distribution, "distribution");
        this.seed = seed;
    }

    public WeightDistribution distribution() {
        return distribution;
    }

    /** {@code draws} weight vectors, row-major ({@code draws x m}), on all available processors. */
    public double[] sample(int draws) {
        return sample(draws, ChunkRunner.defaultParallelism(), Monitor.NONE);
    }

    /** {@code draws} weight vectors, row-major ({@code draws x m}); {@code parallelism >= 1} threads. */
    public double[] sample(int draws, int parallelism, Monitor monitor) {
        return sample(draws, parallelism, monitor, 0, 1);
    }

    /** As {@link #sample(int, int, Monitor)}, reporting progress from {@code from} to {@code to}. */
    double[] sample(int draws, int parallelism, Monitor monitor, double from, double to) {
        int m = distribution.criteria();
        double[] out = new double[storage(draws, m)];
        int chunks = chunkCount(draws);
        SplittableRandom[] generators = chunkGenerators(seed, chunks);
        ChunkRunner.run(chunks, parallelism, () -> null, (none, k) -> {
            SplittableRandom rng = generators[k];
            int end = Math.min(draws, (k + 1) * CHUNK);
            for (int d = k * CHUNK; d < end; d++) {
                distribution.sample(rng, out, d * m);
            }
        }, monitor, from, to);
        return out;
    }

    static int chunkCount(int draws) {
        return (draws + CHUNK - 1) / CHUNK;
    }

    /** Generator {@code k} is the k-th split of {@code new SplittableRandom(seed)}. */
    static SplittableRandom[] chunkGenerators(long seed, int chunks) {
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom[] g = new SplittableRandom[chunks];
        for (int k = 0; k < chunks; k++) {
            g[k] = root.split();
        }
        return g;
    }

    private static int storage(int draws, int m) {
        if (draws < 1) {
            throw new IllegalArgumentException("number of draws must be >= 1, was " + draws);
        }
        long cells = (long) draws * m;
        if (cells > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("draws x criteria must fit one array, was " + draws + " x " + m);
        }
        return (int) cells;
    }
}
