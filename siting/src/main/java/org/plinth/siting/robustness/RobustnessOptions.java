package org.plinth.siting.robustness;

/**
 * Options of {@link RobustnessAnalysis}.
 *
 * @param draws SMAA weight draws, 100 to {@value #MAX_DRAWS}; default 10,000
 * @param seed random seed; the same seed gives the same result; default 1
 * @param halfWidth weights are drawn uniformly from the simplex within ± this of each strategy's
 *                  weights (absolute, after normalisation); default 0.1. Ignored with {@code uniform}
 * @param uniform draw weights uniformly from the whole simplex instead (no preference information)
 * @param spreadDraws weight draws for the per-cell spread map, 10 to {@value #MAX_SPREAD_DRAWS}; default 200
 * @param sweepSteps steps of the one-at-a-time weight sweeps from 0 to 1; default 50
 */
public record RobustnessOptions(int draws, long seed, double halfWidth, boolean uniform, int spreadDraws,
                                int sweepSteps) {
    /** SMAA's acceptabilities settle to 0.1 % well before this (100 times the default); more only costs memory. */
    public static final int MAX_DRAWS = 1_000_000;
    /** 50 times the default; each draw is a pass over every cell of the study grid. */
    public static final int MAX_SPREAD_DRAWS = 10_000;

    public RobustnessOptions {
        if (draws < 100 || draws > MAX_DRAWS) {
            throw new IllegalArgumentException("--draws must be in 100.." + MAX_DRAWS + ", was " + draws);
        }
        if (!(halfWidth > 0 && halfWidth <= 1)) {
            throw new IllegalArgumentException("--half-width must be in (0, 1], was " + halfWidth);
        }
        if (spreadDraws < 10 || spreadDraws > MAX_SPREAD_DRAWS) {
            throw new IllegalArgumentException("--spread-draws must be in 10.." + MAX_SPREAD_DRAWS + ", was " + spreadDraws);
        }
        if (sweepSteps < 2) {
            throw new IllegalArgumentException("sweep steps must be >= 2, was " + sweepSteps);
        }
    }

    public static RobustnessOptions defaults() {
        return new RobustnessOptions(10_000, 1, 0.1, false, 200, 50);
    }
}
