package org.plinth.decision.robustness;

import java.util.Arrays;
import java.util.List;

/**
 * The outcome of {@link Smaa}: rank acceptability indices, central weight vectors and confidence
 * factors per site, with the number of draws and the Monte Carlo margin of error. Ranks are
 * 1-based; only ranks {@code 1..trackedRanks()} were counted.
 */
public final class SmaaResult {
    private final List<String> siteNames;
    private final List<String> criterionNames;
    private final int draws;
    private final int ranks;
    private final double criteriaNoise;
    private final long[] counts;
    private final double[] central;
    private final double[] confidence;

    SmaaResult(ScoreMatrix matrix, int draws, int ranks, double criteriaNoise, long[] counts, double[] central,
               double[] confidence) {
        this.siteNames = matrix.siteNames();
        this.criterionNames = matrix.criterionNames();
        this.draws = draws;
        this.ranks = ranks;
        this.criteriaNoise = criteriaNoise;
        this.counts = counts;
        this.central = central;
        this.confidence = confidence;
    }

    public int sites() {
        return siteNames.size();
    }

    public int criteria() {
        return criterionNames.size();
    }

    public List<String> siteNames() {
        return siteNames;
    }

    public List<String> criterionNames() {
        return criterionNames;
    }

    /** Number of Monte Carlo draws {@code N}. */
    public int draws() {
        return draws;
    }

    /** Ranks counted: 1..k. */
    public int trackedRanks() {
        return ranks;
    }

    public double criteriaNoise() {
        return criteriaNoise;
    }

    /** Number of draws in which {@code site} had rank {@code rank} (1-based). */
    public long rankCount(int site, int rank) {
        checkSite(site);
        if (rank < 1 || rank > ranks) {
            throw new IllegalArgumentException("rank must be in 1.." + ranks + ", was " + rank);
        }
        return counts[site * ranks + rank - 1];
    }

    /** Rank acceptability index {@code b_site^rank}: share of draws with that rank. */
    public double rankAcceptability(int site, int rank) {
        return rankCount(site, rank) / (double) draws;
    }

    /** {@code b_site^1 .. b_site^k}. */
    public double[] rankAcceptabilities(int site) {
        double[] b = new double[ranks];
        for (int r = 1; r <= ranks; r++) {
            b[r - 1] = rankAcceptability(site, r);
        }
        return b;
    }

    /** Central weight vector of {@code site}; all NaN when the site never ranked first. */
    public double[] centralWeights(int site) {
        checkSite(site);
        int m = criteria();
        return Arrays.copyOfRange(central, site * m, (site + 1) * m);
    }

    /** Confidence factor of {@code site}; NaN when the site never ranked first. */
    public double confidenceFactor(int site) {
        checkSite(site);
        return confidence[site];
    }

    /**
     * Holistic acceptability {@code a_i = sum_r alpha_r b_i^r} of every site, for meta-weights
     * {@code alpha_1..alpha_q} ({@code q <= trackedRanks()}; later ranks weigh 0), e.g. from
     * {@link MetaWeights}.
     */
    public double[] holisticAcceptability(double[] metaWeights) {
        if (metaWeights.length == 0 || metaWeights.length > ranks) {
            throw new IllegalArgumentException("meta-weights must cover 1.." + ranks + " ranks, had "
                    + metaWeights.length);
        }
        double[] a = new double[sites()];
        for (int i = 0; i < a.length; i++) {
            double s = 0;
            for (int r = 0; r < metaWeights.length; r++) {
                s += metaWeights[r] * counts[i * ranks + r];
            }
            a[i] = s / draws;
        }
        return a;
    }

    /**
     * Largest 95% half-width {@code 1.96 sqrt(b (1 - b) / N)} over all rank acceptability estimates
     * (normal approximation to the binomial); 0 for an estimate of exactly 0 or 1.
     */
    public double marginOfError() {
        double worst = 0;
        for (long c : counts) {
            double b = c / (double) draws;
            worst = Math.max(worst, b * (1 - b));
        }
        return Smaa.Z95 * Math.sqrt(worst / draws);
    }

    /** 95% half-width that holds for every estimate whatever its value: {@code 1.96 / (2 sqrt(N))}. */
    public double worstCaseMarginOfError() {
        return Smaa.Z95 * 0.5 / Math.sqrt(draws);
    }

    /**
     * Sites in SMAA's presentation order: descending {@code b^1}, ties by descending {@code b^2}, and
     * so on over the tracked ranks; remaining ties by index.
     */
    public int[] sitesByAcceptability() {
        Integer[] idx = new Integer[sites()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> {
            for (int r = 0; r < ranks; r++) {
                int c = Long.compare(counts[b * ranks + r], counts[a * ranks + r]);
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(a, b);
        });
        return Arrays.stream(idx).mapToInt(Integer::intValue).toArray();
    }

    private void checkSite(int site) {
        if (site < 0 || site >= sites()) {
            throw new IllegalArgumentException("site must be in 0.." + (sites() - 1) + ", was " + site);
        }
    }
}
