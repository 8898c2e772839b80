package org.plinth.decision.robustness;

/**
 * Options of {@link WeightSweep}.
 *
 * @param steps        the swept weight takes {@code steps + 1} values {@code 0, 1/steps, ..., 1};
 *                     default 20
 * @param trackedSites how many of the best sites at the base weights have their score and rank
 *                     recorded at every step (sites that become top during a sweep are always
 *                     added); default 5
 */
public record SweepOptions(int steps, int trackedSites) {

    public SweepOptions {
        if (steps < 1) {
            throw new IllegalArgumentException("number of sweep steps must be >= 1, was " + steps);
        }
        if (trackedSites < 1) {
            throw new IllegalArgumentException("number of tracked sites must be >= 1, was " + trackedSites);
        }
    }

    public static SweepOptions defaults() {
        return new SweepOptions(20, 5);
    }

    public SweepOptions withSteps(int k) {
        return new SweepOptions(k, trackedSites);
    }

    public SweepOptions withTrackedSites(int k) {
        return new SweepOptions(steps, k);
    }
}
