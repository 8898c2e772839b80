package org.plinth.decision.robustness;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Orders sites by descending score without boxing: one reusable buffer per worker thread.
 *
 * <p>Algorithm: each score is mapped to a long whose signed order is the descending score order
 * ({@code ~} of the IEEE bits made sign-monotone); its lowest {@code ceil(log2 n)} bits are replaced
 * by the site index and the longs are sorted with {@link Arrays#sort(long[])}. The replaced bits can
 * put sites whose scores agree in all remaining bits (relative difference below about
 * {@code 2^-42} for 1000 sites) into index order, so a linear pass re-sorts every run of equal
 * truncated keys by the exact scores. Sites with exactly equal scores are put in uniformly random
 * order using the caller's generator, so tied sites share the tied ranks equally in expectation.
 */
final class SiteRanker {
    private final int sites;
    private final long indexMask;
    private final long[] keys;
    private final int[] order;

    SiteRanker(int sites) {
        this.sites = sites;
        int bits = 64 - Long.numberOfLeadingZeros(sites - 1L);
        this.indexMask = (1L << bits) - 1;
        this.keys = new long[sites];
        this.order = new int[sites];
    }

    /** Site at each rank after the last {@link #rank} call: {@code order()[0]} is the best. */
    int[] order() {
        return order;
    }

    /** Orders the sites by {@code scores} (no NaN), best first; exact ties broken at random. */
    void rank(double[] scores, SplittableRandom rng) {
        for (int i = 0; i < sites; i++) {
            keys[i] = (descendingKey(scores[i]) & ~indexMask) | i;
        }
        Arrays.sort(keys);
        for (int r = 0; r < sites; r++) {
            order[r] = (int) (keys[r] & indexMask);
        }
        int start = 0;
        for (int r = 1; r <= sites; r++) {
            if (r == sites || (keys[r] & ~indexMask) != (keys[start] & ~indexMask)) {
                if (r - start > 1) {
                    resolveRun(scores, start, r, rng);
                }
                start = r;
            }
        }
    }

    /** A long whose signed ascending order is the descending order of {@code score}. */
    static long descendingKey(double score) {
        long bits = Double.doubleToRawLongBits(score + 0.0); // + 0.0 turns -0.0 into +0.0
        long ascending = bits ^ ((bits >> 63) & Long.MAX_VALUE);
        return ~ascending;
    }

    /** Exact order within {@code order[from..to)}, then random order within exact ties. */
    private void resolveRun(double[] scores, int from, int to, SplittableRandom rng) {
        for (int i = from + 1; i < to; i++) {
            int site = order[i];
            double s = scores[site];
            int j = i - 1;
            while (j >= from && scores[order[j]] < s) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = site;
        }
        int tieStart = from;
        for (int i = from + 1; i <= to; i++) {
            if (i == to || scores[order[i]] != scores[order[tieStart]]) {
                shuffle(tieStart, i, rng);
                tieStart = i;
            }
        }
    }

    private void shuffle(int from, int to, SplittableRandom rng) {
        for (int i = to - 1; i > from; i--) {
            int j = from + rng.nextInt(i - from + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }
}
