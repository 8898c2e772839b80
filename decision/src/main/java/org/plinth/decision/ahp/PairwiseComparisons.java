package org.plinth.decision.ahp;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One decision maker's pairwise judgments between named criteria: a positive reciprocal matrix
 * {@code a_ij} (criterion i is {@code a_ij} times as important as j, {@code a_ji = 1/a_ij},
 * {@code a_ii = 1}) in which some pairs may be missing. Immutable; built with {@link #builder}.
 *
 * <p>Validation (each failure one sentence naming the pair and value): at least two distinct,
 * non-blank criteria; judgments finite and in [1/9, 9]; a criterion is not compared with itself; a
 * pair given twice must agree (the reverse pair with the reciprocal value agrees).
 */
public final class PairwiseComparisons {
    private static final double AGREE = 1e-9;
    private final List<String> criteria;
    private final double[][] a;
    private final List<Judgment> judgments;

    private PairwiseComparisons(List<String> criteria, double[][] a, List<Judgment> judgments) {
        this.criteria = criteria;
        this.a = a;
        this.judgments = judgments;
    }

    /** Starts a judgment set over {@code criteria} (their order is the order of the weights). */
    public static Builder builder(List<String> criteria) {
        return new Builder(criteria);
    }

    /**
     * A judgment set from a full matrix: the upper triangle is read as the judgments, NaN means
     * missing; the lower triangle must be NaN or the reciprocal of the upper one.
     */
    public static PairwiseComparisons ofMatrix(List<String> criteria, double[][] m) {
        Builder b = builder(criteria);
        int n = criteria.size();
        if (m.length != n) {
            throw new IllegalArgumentException("judgment matrix must be " + n + " x " + n + ", had " + m.length + " rows");
        }
        for (int i = 0; i < n; i++) {
            if (m[i].length != n) {
                throw new IllegalArgumentException("judgment matrix row " + (i + 1) + " must have " + n
                        + " values, had " + m[i].length);
            }
            for (int j = i + 1; j < n; j++) {
                if (!Double.isNaN(m[i][j])) {
                    b.judge(i, j, m[i][j]);
                }
                if (!Double.isNaN(m[j][i])) {
                    b.judge(j, i, m[j][i]);
                }
            }
        }
        return b.build();
    }

    public int size() {
        return criteria.size();
    }

    public List<String> criteria() {
        return criteria;
    }

    /** {@code a_ij}, NaN when the pair is missing; 1 on the diagonal. */
    public double get(int i, int j) {
        return a[i][j];
    }

    public boolean isGiven(int i, int j) {
        return !Double.isNaN(a[i][j]);
    }

    /** The judgments in the order and orientation they were first given. */
    public List<Judgment> judgments() {
        return judgments;
    }

    /** Pairs (i &lt; j) without a judgment. */
    public int missingCount() {
        int n = size();
        return n * (n - 1) / 2 - judgments.size();
    }

    /** Pairs a complete set has: n(n-1)/2. */
    public int pairCount() {
        int n = size();
        return n * (n - 1) / 2;
    }

    /** The matrix, NaN for missing pairs (a copy). */
    public double[][] matrix() {
        double[][] m = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            m[i] = a[i].clone();
        }
        return m;
    }

    /** The criteria grouped into connected parts of the judgment graph; one part when connected. */
    public List<List<String>> connectedParts() {
        int n = size();
        int[] part = new int[n];
        Arrays.fill(part, -1);
        List<List<String>> parts = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            if (part[s] >= 0) {
                continue;
            }
            List<String> members = new ArrayList<>();
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            part[s] = parts.size();
            queue.add(s);
            while (!queue.isEmpty()) {
                int i = queue.poll();
                members.add(criteria.get(i));
                for (int j = 0; j < n; j++) {
                    if (part[j] < 0 && isGiven(i, j)) {
                        part[j] = parts.size();
                        queue.add(j);
                    }
                }
            }
            parts.add(List.copyOf(members));
        }
        return List.copyOf(parts);
    }

    /** Collects judgments; {@link #build()} checks nothing further (each judgment is checked as given). */
    public static final class Builder {
        private final List<String> criteria;
        private final Map<String, Integer> index = new HashMap<>();
        private final double[][] a;
        private final List<Judgment> judgments = new ArrayList<>();

        private Builder(List<String> criteria) {
            if (criteria == null || criteria.size() < 2) {
                throw new IllegalArgumentException("AHP needs at least two criteria, was "
                        + (criteria == null ? 0 : criteria.size()));
            }
            Set<String> seen = new HashSet<>();
            for (String c : criteria) {
                if (c == null || c.isBlank()) {
                    throw new IllegalArgumentException("criterion names must not be blank, was " + criteria);
                }
                if (!seen.add(c)) {
                    throw new IllegalArgumentException("criterion '" + c + "' is listed twice");
                }
                index.put(c, index.size());
            }
            this.criteria = List.copyOf(criteria);
            int n = criteria.size();
            a = new double[n][n];
            for (int i = 0; i < n; i++) {
                Arrays.fill(a[i], Double.NaN);
                a[i][i] = 1;
            }
        }

        /** {@code more} is {@code value} times as important as {@code less}. */
        public Builder judge(String more, String less, double value) {
            return judge(indexOf(more), indexOf(less), value);
        }

        /** Criterion {@code i} is {@code value} times as important as criterion {@code j}. */
        public Builder judge(int i, int j, double value) {
            if (i < 0 || j < 0 || i >= a.length || j >= a.length) {
                throw new IllegalArgumentException("criterion index must be in 0.." + (a.length - 1) + ", was "
                        + i + " and " + j);
            }
            String pair = criteria.get(i) + " vs " + criteria.get(j);
            if (i == j) {
                throw new IllegalArgumentException("judgment " + pair + " compares a criterion with itself");
            }
            if (!SaatyScale.inRange(value)) {
                throw new IllegalArgumentException("judgment " + pair + " must be in 1/9 … 9 on Saaty's scale, was "
                        + value);
            }
            if (!Double.isNaN(a[i][j])) {
                if (Math.abs(a[i][j] - value) > AGREE * value) {
                    throw new IllegalArgumentException("judgment " + pair + " is given twice with different values: "
                            + SaatyScale.format(a[i][j]) + " and " + SaatyScale.format(value));
                }
                return this;
            }
            a[i][j] = value;
            a[j][i] = 1 / value;
            judgments.add(new Judgment(i, j, value));
            return this;
        }

        private int indexOf(String name) {
            Integer k = index.get(name);
            if (k == null) {
                throw new IllegalArgumentException("unknown criterion '" + name + "'; criteria are " + criteria);
            }
            return k;
        }

        public PairwiseComparisons build() {
            double[][] copy = new double[a.length][];
            for (int i = 0; i < a.length; i++) {
                copy[i] = a[i].clone();
            }
            return new PairwiseComparisons(criteria, copy, List.copyOf(judgments));
        }
    }
}
