package org.plinth.siting.robustness;

/**
 * Options of {@link RobustnessAnalysis}.
 *
 * @param draws SMAA weight draws; default 10,000
 * @param seed random seed; the same seed gives the same result; default 1
 * @param halfWidth weights are drawn uniformly from the simplex within ± this of each strategy's
 *                  weights (absolute, after normalisation); default 0.1. Ignored with {@code uniform}
 * @param uniform draw weights uniformly from the whole simplex instead (no preference information)
 * @param spreadDraws weight draws for the per-cell spread map; default 200
 * @param sweepSteps steps of the one-at-a-time weight sweeps from 0 to 1; default 50
 */
public record RobustnessOptions(int draws, long seed, double halfWidth, boolean uniform, int spreadDraws,
                                int sweepSteps) {

    public RobustnessOptions {
        if (draws < 100) {
            throw new IllegalArgumentException("--draws must be >= 100, was " + draws);
        }
        if (!(halfWidth > 0 && halfWidth <= 1)) {
            throw new IllegalArgumentException("--half-width must be in (0, 1], was " + halfWidth);
        }
        if (spreadDraws < 10) {
            throw new IllegalArgumentException("--spread-draws must be >= 10, was " + spreadDraws);
        }
        if (sweepSteps < 2) {
            throw new IllegalArgumentException("sweep steps must be >= 2, was " + sweepSteps);
        }
    }

    public static RobustnessOptions defaults() {
        return new RobustnessOptions(10_000, 1, 0.1, false, 200, 50);
    }
}
