package org.plinth.decision.robustness;

import java.util.List;

/**
 * The outcome of sweeping one criterion's weight from 0 to 1 (see {@link WeightSweep}): the swept
 * weight at each step, the tracked sites, their score and competition rank at each step, and the
 * exact weights at which the best site changes. Arrays are copied on access.
 */
public final class CriterionSweep {
    private final int criterion;
    private final String criterionName;
    private final double baseWeight;
    private final double[] weights;
    private final int[] sites;
    private final double[][] scores;
    private final int[][] ranks;
    private final int initialTop;
    private final List<RankReversal> topChanges;

    CriterionSweep(int criterion, String criterionName, double baseWeight, double[] weights, int[] sites,
                   double[][] scores, int[][] ranks, int initialTop, List<RankReversal> topChanges) {
        this.criterion = criterion;
        this.criterionName = criterionName;
        this.baseWeight = baseWeight;
        this.weights = weights;
        this.sites = sites;
        this.scores = scores;
        this.ranks = ranks;
        this.initialTop = initialTop;
        this.topChanges = List.copyOf(topChanges);
    }

    public int criterion() {
        return criterion;
    }

    public String criterionName() {
        return criterionName;
    }

    /** The criterion's weight in the base weights. */
    public double baseWeight() {
        return baseWeight;
    }

    /** Swept weight at each step: {@code k / steps}. */
    public double[] weights() {
        return weights.clone();
    }

    /** Tracked site indices; {@code scores(k)} and {@code ranks(k)} refer to {@code sites()[k]}. */
    public int[] sites() {
        return sites.clone();
    }

    /** Weighted score of tracked site number {@code k} at each step. */
    public double[] scores(int k) {
        return scores[k].clone();
    }

    /** Competition rank (1 = best; tied sites share the best of their ranks) of tracked site {@code k} at each step. */
    public int[] ranks(int k) {
        return ranks[k].clone();
    }

    /** Best site just above weight 0. */
    public int topAtZero() {
        return initialTop;
    }

    /** Best site at weight 1 (just below 1 when sites tie there). */
    public int topAtOne() {
        return topChanges.isEmpty() ? initialTop : topChanges.get(topChanges.size() - 1).newTop();
    }

    /** Exact weights at which the best site changes, in increasing order. */
    public List<RankReversal> topChanges() {
        return topChanges;
    }
}
