package org.plinth.decision.robustness;

/**
 * Options of {@link Smaa}.
 *
 * @param draws          Monte Carlo draws of weights (and of scores when noisy); default 10,000,
 *                       which bounds the 95% error of every acceptability by 0.0098
 * @param seed           seed of all random streams; default 1
 * @param parallelism    worker threads, {@code >= 1}; default all available processors; results
 *                       do not depend on it
 * @param criteriaNoise  half-width {@code delta >= 0} of independent uniform noise added to every
 *                       score in every draw ({@code x + U(-delta, delta)}, not clamped); default 0,
 *                       deterministic scores
 * @param trackedRanks   ranks counted, 1..k; 0 (default) counts all ranks. Counting costs
 *                       {@code sites x k} integers per thread, so for thousands of sites track the
 *                       top few ranks only
 */
public record SmaaOptions(int draws, long seed, int parallelism, double criteriaNoise, int trackedRanks) {

    public SmaaOptions {
        if (draws < 1) {
            throw new IllegalArgumentException("number of draws must be >= 1, was " + draws);
        }
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be >= 1, was " + parallelism);
        }
        if (!(criteriaNoise >= 0) || Double.isInfinite(criteriaNoise)) {
            throw new IllegalArgumentException("criteria noise half-width must be finite and >= 0, was " + criteriaNoise);
        }
        if (trackedRanks < 0) {
            throw new IllegalArgumentException("tracked ranks must be >= 0 (0 = all), was " + trackedRanks);
        }
    }

    public static SmaaOptions defaults() {
        return new SmaaOptions(10_000, 1L, ChunkRunner.defaultParallelism(), 0.0, 0);
    }

    public SmaaOptions withDraws(int d) {
        return new SmaaOptions(d, seed, parallelism, criteriaNoise, trackedRanks);
    }

    public SmaaOptions withSeed(long s) {
        return new SmaaOptions(draws, s, parallelism, criteriaNoise, trackedRanks);
    }

    public SmaaOptions withParallelism(int p) {
        return new SmaaOptions(draws, seed, p, criteriaNoise, trackedRanks);
    }

    public SmaaOptions withCriteriaNoise(double delta) {
        return new SmaaOptions(draws, seed, parallelism, delta, trackedRanks);
    }

    public SmaaOptions withTrackedRanks(int k) {
        return new SmaaOptions(draws, seed, parallelism, criteriaNoise, k);
    }
}
