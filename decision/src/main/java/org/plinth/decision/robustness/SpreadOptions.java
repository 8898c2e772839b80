package org.plinth.decision.robustness;

/**
 * Options of {@link SuitabilitySpread}.
 *
 * @param draws         weight draws {@code D}; default 1,000
 * @param lowerQuantile lower quantile probability, default 0.1 (p10)
 * @param upperQuantile upper quantile probability, default 0.9 (p90); {@code >= lowerQuantile}
 * @param seed          seed of the weight draws; default 1
 * @param parallelism   worker threads, {@code >= 1}; default all available processors; results do
 *                      not depend on it
 */
public record SpreadOptions(int draws, double lowerQuantile, double upperQuantile, long seed, int parallelism) {

    public SpreadOptions {
        if (draws < 1) {
            throw new IllegalArgumentException("number of draws must be >= 1, was " + draws);
        }
        if (!(lowerQuantile >= 0 && lowerQuantile <= 1)) {
            throw new IllegalArgumentException("lower quantile must be in [0, 1], was " + lowerQuantile);
        }
        if (!(upperQuantile >= lowerQuantile && upperQuantile <= 1)) {
            throw new IllegalArgumentException("upper quantile must be in [" + lowerQuantile + ", 1], was "
                    + upperQuantile);
        }
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be >= 1, was " + parallelism);
        }
    }

    public static SpreadOptions defaults() {
        return new SpreadOptions(1000, 0.1, 0.9, 1L, ChunkRunner.defaultParallelism());
    }

    public SpreadOptions withDraws(int d) {
        return new SpreadOptions(d, lowerQuantile, upperQuantile, seed, parallelism);
    }

    public SpreadOptions withQuantiles(double lower, double upper) {
        return new SpreadOptions(draws, lower, upper, seed, parallelism);
    }

    public SpreadOptions withSeed(long s) {
        return new SpreadOptions(draws, lowerQuantile, upperQuantile, s, parallelism);
    }

    public SpreadOptions withParallelism(int p) {
        return new SpreadOptions(draws, lowerQuantile, upperQuantile, seed, p);
    }
}
