package org.plinth.decision.robustness;

import java.util.Arrays;

/**
 * Exact order statistics, minimum and maximum of a float buffer by one level of bucket selection,
 * reusable per thread.
 *
 * <p>Algorithm: given bounds {@code [lo, hi]} known to contain every value, each value goes to one
 * of {@code B} equal-width buckets by {@code floor((v - lo) * scale)}, a monotone function of
 * {@code v} (float rounding preserves order), computed in a branch-free loop. A scalar pass counts
 * the buckets and threads each value onto its bucket's chain (a linked list in two int arrays); a
 * walk over the counts finds the bucket of each wanted rank and the number of values below it, plus
 * the lowest and highest non-empty buckets; only those buckets' chains are copied out and sorted.
 * Because the bucket function is monotone the results are exact whatever the rounding. Cost
 * {@code O(n + B)} with predictable branches, several times cheaper than quickselect when values
 * spread smoothly between the bounds (about 4 values per bucket on average).
 */
final class OrderStatistics {
    private static final int MAX_TARGETS = 6;
    private final int buckets;
    private final int[] bucketOf;
    private final int[] counts;
    private final byte[] slot;
    private final int[] head;
    private final int[] next;
    private final float[] gathered;
    private final int[] target = new int[MAX_TARGETS];
    private final int[] start = new int[MAX_TARGETS];
    private final int[] rankSlot;
    private final int[] rankOffset;
    private float min;
    private float max;

    /** For buffers of up to {@code capacity} values and up to 4 ranks per call. */
    OrderStatistics(int capacity) {
        this.buckets = Math.max(16, Math.min(1 << 14, capacity / 4));
        this.bucketOf = new int[capacity];
        this.counts = new int[buckets];
        this.slot = new byte[buckets];
        Arrays.fill(slot, (byte) -1);
        this.head = new int[buckets];
        this.next = new int[capacity];
        this.gathered = new float[capacity];
        this.rankSlot = new int[MAX_TARGETS - 2];
        this.rankOffset = new int[MAX_TARGETS - 2];
    }

    /** Smallest value of the last {@link #select} call. */
    float min() {
        return min;
    }

    /** Largest value of the last {@link #select} call. */
    float max() {
        return max;
    }

    /**
     * Writes the {@code ranks[i]}-th smallest (0-based) of {@code v[0..n)} to {@code out[i]} and
     * records the minimum and maximum. {@code ranks} must be ascending (at most 4); every value must
     * lie in {@code [lo, hi]} with {@code lo < hi}, else an {@link IllegalStateException} is thrown.
     */
    void select(float[] v, int n, float lo, float hi, int[] ranks, float[] out) {
        float scale = (buckets - 2) / (hi - lo);
        for (int d = 0; d < n; d++) {
            bucketOf[d] = (int) ((v[d] - lo) * scale);
        }
        count(n);
        int targets = chooseTargets(ranks);
        gather(v, targets);
        for (int i = 0; i < ranks.length; i++) {
            out[i] = gathered[start[rankSlot[i]] + rankOffset[i]];
        }
        min = gathered[0];
        max = gathered[start[targets - 1] + counts[target[targets - 1]] - 1];
        for (int t = 0; t < targets; t++) {
            slot[target[t]] = -1;
        }
    }

    private void count(int n) {
        Arrays.fill(counts, 0);
        Arrays.fill(head, -1);
        for (int d = 0; d < n; d++) {
            int b = bucketOf[d];
            if (Integer.compareUnsigned(b, buckets) >= 0) {
                throw new IllegalStateException("value " + d + " lies outside the bounds given for selection");
            }
            counts[b]++;
            next[d] = head[b];
            head[b] = d;
        }
    }

    /** Marks the lowest and highest non-empty buckets and the bucket of every rank; returns how many. */
    private int chooseTargets(int[] ranks) {
        int first = 0;
        while (counts[first] == 0) {
            first++;
        }
        int last = buckets - 1;
        while (counts[last] == 0) {
            last--;
        }
        int targets = addTarget(first, 0);
        int bucket = first;
        int below = 0;
        for (int i = 0; i < ranks.length; i++) {
            while (below + counts[bucket] <= ranks[i]) {
                below += counts[bucket++];
            }
            targets = addTarget(bucket, targets);
            rankSlot[i] = slot[bucket];
            rankOffset[i] = ranks[i] - below;
        }
        return addTarget(last, targets);
    }

    /** Adds {@code bucket} (never below the previous target) unless it is already the last target. */
    private int addTarget(int bucket, int targets) {
        if (targets > 0 && target[targets - 1] == bucket) {
            return targets;
        }
        target[targets] = bucket;
        slot[bucket] = (byte) targets;
        return targets + 1;
    }

    /** Copies the target buckets' values, following their chains, into consecutive sorted regions. */
    private void gather(float[] v, int targets) {
        int offset = 0;
        for (int t = 0; t < targets; t++) {
            start[t] = offset;
            for (int d = head[target[t]]; d >= 0; d = next[d]) {
                gathered[offset++] = v[d];
            }
            Arrays.sort(gathered, start[t], offset);
        }
    }
}
