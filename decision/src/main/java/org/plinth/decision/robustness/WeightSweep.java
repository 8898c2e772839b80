package org.plinth.decision.robustness;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.plinth.raster.InvalidInputException;

/**
 * One-at-a-time weight sensitivity: each criterion's weight is swept from 0 to 1 while the other
 * weights keep their base ratios ({@code w_i(t) = (1 - t) w_i / sum_{k != j} w_k}; when all other
 * base weights are 0 they share {@code 1 - t} equally).
 *
 * <p>Algorithm: along a sweep every site's score is linear in {@code t},
 * {@code S_s(t) = a_s + b_s t} with {@code a_s} the score from the rescaled other weights and
 * {@code b_s = x_sj - a_s}; the best site is the upper envelope of these lines. It is traced
 * exactly: from the best site just above {@code t = 0} (highest {@code a}, then steepest), jump to
 * the nearest crossing with a steeper line, repeatedly; each jump is a {@link RankReversal} at the
 * exact crossing weight (crossings at {@code t >= 1} are not reversals). Separately, the scores and
 * competition ranks of the tracked sites are recorded at {@code steps + 1} evenly spaced weights.
 *
 * <p>Cost per criterion: {@code O(n (m + changes))} for the envelope, {@code O(steps n (m + tracked))}
 * for the table. Needs at least two criteria.
 */
public final class WeightSweep {
    private final ScoreMatrix scores;
    private final double[] base;
    private final SweepOptions options;

    public WeightSweep(ScoreMatrix scores, double[] baseWeights, SweepOptions options) {
        this.scores = Objects.requireNonNull(scores, "scores");
        this.options = Objects.requireNonNull(options, "options");
        if (scores.criteria() < 2) {
            throw new InvalidInputException("a weight sweep needs at least 2 criteria, had " + scores.criteria());
        }
        this.base = SimplexChecks.normalised(baseWeights, "base weights");
        if (base.length != scores.criteria()) {
            throw new InvalidInputException("base weights have " + base.length
                    + " criteria but the score matrix has " + scores.criteria());
        }
    }

    /** Sweeps of every criterion, in criterion order. */
    public List<CriterionSweep> compute() {
        List<CriterionSweep> out = new ArrayList<>(base.length);
        for (int j = 0; j < base.length; j++) {
            out.add(sweep(j));
        }
        return out;
    }

    /** The sweep of criterion {@code j}. */
    public CriterionSweep sweep(int j) {
        if (j < 0 || j >= base.length) {
            throw new IllegalArgumentException("criterion must be in 0.." + (base.length - 1) + ", was " + j);
        }
        int n = scores.sites();
        double[] ratios = otherRatios(j);
        double[] a = new double[n];
        double[] b = new double[n];
        for (int s = 0; s < n; s++) {
            a[s] = scores.score(s, ratios);
            b[s] = scores.value(s, j) - a[s];
        }
        int top = topAtZero(a, b);
        List<RankReversal> changes = envelope(a, b, top);
        int[] tracked = trackedSites(changes, top);
        int steps = options.steps();
        double[] weights = new double[steps + 1];
        double[][] trackedScores = new double[tracked.length][steps + 1];
        int[][] trackedRanks = new int[tracked.length][steps + 1];
        double[] w = new double[base.length];
        double[] all = new double[n];
        for (int k = 0; k <= steps; k++) {
            double t = k / (double) steps;
            weights[k] = t;
            for (int i = 0; i < w.length; i++) {
                w[i] = i == j ? t : (1 - t) * ratios[i];
            }
            for (int s = 0; s < n; s++) {
                all[s] = scores.score(s, w);
            }
            for (int q = 0; q < tracked.length; q++) {
                trackedScores[q][k] = all[tracked[q]];
                trackedRanks[q][k] = competitionRank(all, tracked[q]);
            }
        }
        return new CriterionSweep(j, scores.criterionNames().get(j), base[j], weights, tracked, trackedScores,
                trackedRanks, top, changes);
    }

    /** The other criteria's base weights rescaled to sum to 1, with 0 for criterion j. */
    private double[] otherRatios(int j) {
        double rest = 0;
        for (int i = 0; i < base.length; i++) {
            rest += i == j ? 0 : base[i];
        }
        double[] r = new double[base.length];
        for (int i = 0; i < base.length; i++) {
            if (i != j) {
                r[i] = rest > 0 ? base[i] / rest : 1.0 / (base.length - 1);
            }
        }
        return r;
    }

    /** Highest intercept, then steepest slope, then lowest index: the best site just above 0. */
    private static int topAtZero(double[] a, double[] b) {
        int top = 0;
        for (int s = 1; s < a.length; s++) {
            if (a[s] > a[top] || (a[s] == a[top] && b[s] > b[top])) {
                top = s;
            }
        }
        return top;
    }

    /**
     * Walks the upper envelope of the lines {@code a + b t} on {@code [0, 1)}: each step moves to a
     * strictly steeper line, so it ends after at most n steps.
     */
    private static List<RankReversal> envelope(double[] a, double[] b, int start) {
        List<RankReversal> changes = new ArrayList<>();
        int cur = start;
        double from = 0;
        while (true) {
            int next = -1;
            double when = Double.POSITIVE_INFINITY;
            for (int s = 0; s < a.length; s++) {
                if (b[s] <= b[cur]) {
                    continue;
                }
                double t = (a[cur] - a[s]) / (b[s] - b[cur]); // denominator > 0
                if (t < when || (t == when && b[s] > b[next])) {
                    when = t;
                    next = s;
                }
            }
            if (next < 0 || when >= 1) {
                return changes;
            }
            from = Math.max(when, from); // rounding must not move a reversal before the previous one
            changes.add(new RankReversal(from, cur, next));
            cur = next;
        }
    }

    /** The best sites at the base weights, then every site that is best somewhere in the sweep. */
    private int[] trackedSites(List<RankReversal> changes, int top) {
        int n = scores.sites();
        double[] at = new double[n];
        for (int s = 0; s < n; s++) {
            at[s] = scores.score(s, base);
        }
        Set<Integer> set = new LinkedHashSet<>();
        int k = Math.min(n, options.trackedSites());
        boolean[] taken = new boolean[n];
        for (int q = 0; q < k; q++) {
            int best = -1;
            for (int s = 0; s < n; s++) {
                if (!taken[s] && (best < 0 || at[s] > at[best])) {
                    best = s;
                }
            }
            taken[best] = true;
            set.add(best);
        }
        set.add(top);
        for (RankReversal r : changes) {
            set.add(r.newTop());
        }
        return set.stream().mapToInt(Integer::intValue).toArray();
    }

    /** 1 + number of sites with a strictly higher score. */
    private static int competitionRank(double[] s, int site) {
        int rank = 1;
        for (double v : s) {
            rank += v > s[site] ? 1 : 0;
        }
        return rank;
    }
}
