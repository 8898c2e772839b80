package org.plinth.decision.robustness;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.plinth.raster.InvalidInputException;
import org.plinth.raster.Monitor;

/**
 * SMAA-2 stochastic multicriteria acceptability analysis of a weighted-sum ranking (Lahdelma &amp;
 * Salminen 2001, "SMAA-2: Stochastic multicriteria acceptability analysis for group decision
 * making", Operations Research 49(3)).
 *
 * <p>Algorithm: draw {@code N} weight vectors from the {@link WeightDistribution} (and, with
 * criteria noise, a perturbed score matrix per draw); score every site by the weighted sum and rank
 * the sites ({@link SiteRanker}: primitive index sort, exact ties broken uniformly at random so
 * tied sites share the tied ranks). Then, for site {@code i}:
 * <ul>
 *   <li>rank acceptability {@code b_i^r} = share of draws in which {@code i} has rank {@code r};</li>
 *   <li>central weights {@code w_i^c} = mean weight vector over the draws in which {@code i} ranks
 *       first (undefined, NaN, when it never does);</li>
 *   <li>confidence factor {@code p_i^c} = probability that {@code i} ranks first when every site is
 *       scored with {@code w_i^c}. The probability is over the criteria values: with deterministic
 *       scores (no noise) it is 1 when {@code i} is the unique best at {@code w_i^c}, 0 when another
 *       site beats it, and {@code 1/t} when {@code t} sites tie for first; with noise it is estimated
 *       from {@code N} fresh perturbed score matrices.</li>
 * </ul>
 * Holistic acceptabilities follow from the result with {@link MetaWeights}.
 *
 * <p>Determinism: weights, noise and tie-breaks come from streams split per chunk of draws from
 * the seed, rank counts are merged as integers and central weights are summed in draw order, so
 * results are bit-identical for every {@link SmaaOptions#parallelism()}.
 *
 * <p>Cost: {@code N (n m + n log n)} for ranking; with noise, confidence factors add
 * {@code N n m (1 + c)} for {@code c} sites that ever rank first. Memory: {@code N m} doubles of
 * weights and {@code n k} integers of counts per thread ({@code k} tracked ranks).
 */
public final class Smaa {
    /** Two-sided 95% standard normal quantile. */
    static final double Z95 = 1.959963984540054;
    /** Largest {@code sites x tracked ranks} count table per worker thread (512 MiB of ints). */
    static final long MAX_COUNTS = 1L << 27;

    private final ScoreMatrix scores;
    private final WeightDistribution weights;
    private final SmaaOptions options;
    private final int ranks;

    public Smaa(ScoreMatrix scores, WeightDistribution weights, SmaaOptions options) {
        this.scores = Objects.requireNonNull(scores, "scores");
        this.weights = Objects.requireNonNull(weights, "weights");
        this.options = Objects.requireNonNull(options, "options");
        if (weights.criteria() != scores.criteria()) {
            throw new InvalidInputException("weight distribution has " + weights.criteria()
                    + " criteria but the score matrix has " + scores.criteria());
        }
        int n = scores.sites();
        this.ranks = options.trackedRanks() == 0 ? n : Math.min(n, options.trackedRanks());
        if ((long) n * ranks > MAX_COUNTS) {
            throw new InvalidInputException("tracking " + ranks + " ranks of " + n
                    + " sites needs too large a count table; track fewer ranks (SmaaOptions.withTrackedRanks)");
        }
    }

    public SmaaResult compute() {
        return compute(Monitor.NONE);
    }

    public SmaaResult compute(Monitor monitor) {
        int n = scores.sites();
        int m = scores.criteria();
        int draws = options.draws();
        int threads = options.parallelism();
        boolean noisy = options.criteriaNoise() > 0;
        SplittableRandom master = new SplittableRandom(options.seed());
        long weightSeed = master.nextLong();
        long rankSeed = master.nextLong();
        long confidenceSeed = master.nextLong();

        double[] w = new WeightSampler(weights, weightSeed).sample(draws, threads, monitor, 0, 0.05);
        int[] first = new int[draws];
        RankPass pass = new RankPass(scores, w, ranks, options.criteriaNoise(), rankSeed, first);
        List<RankPass.Worker> workers = ChunkRunner.run(pass.chunks(), threads, pass::newWorker, pass::run,
                monitor, 0.05, noisy ? 0.6 : 1.0);
        long[] counts = new long[n * ranks];
        for (RankPass.Worker wk : workers) {
            for (int c = 0; c < counts.length; c++) {
                counts[c] += wk.counts[c];
            }
        }
        double[] central = centralWeights(w, first, n, m);
        double[] confidence = noisy
                ? noisyConfidence(central, confidenceSeed, monitor)
                : exactConfidence(central);
        return new SmaaResult(scores, draws, ranks, options.criteriaNoise(), counts, central, confidence);
    }

    /** Mean weights over the draws won by each site, summed in draw order; NaN rows for no wins. */
    private static double[] centralWeights(double[] w, int[] first, int n, int m) {
        double[] sum = new double[n * m];
        int[] wins = new int[n];
        for (int d = 0; d < first.length; d++) {
            int site = first[d];
            wins[site]++;
            for (int j = 0; j < m; j++) {
                sum[site * m + j] += w[d * m + j];
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                sum[i * m + j] = wins[i] == 0 ? Double.NaN : sum[i * m + j] / wins[i];
            }
        }
        return sum;
    }

    private double[] exactConfidence(double[] central) {
        int n = scores.sites();
        int m = scores.criteria();
        double[] conf = new double[n];
        double[] wc = new double[m];
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(central[i * m])) {
                conf[i] = Double.NaN;
                continue;
            }
            System.arraycopy(central, i * m, wc, 0, m);
            double own = scores.score(i, wc);
            int tied = 0;
            boolean beaten = false;
            for (int k = 0; k < n && !beaten; k++) {
                double s = scores.score(k, wc);
                beaten = s > own;
                tied += s == own ? 1 : 0;
            }
            conf[i] = beaten ? 0 : 1.0 / tied;
        }
        return conf;
    }

    private double[] noisyConfidence(double[] central, long seed, Monitor monitor) {
        int n = scores.sites();
        int m = scores.criteria();
        int[] candidates = IntStream.range(0, n)
                .filter(i -> !Double.isNaN(central[i * m])).toArray();
        ConfidencePass pass = new ConfidencePass(scores, central, candidates, options.criteriaNoise(),
                options.draws(), seed);
        List<ConfidencePass.Worker> workers = ChunkRunner.run(pass.chunks(), options.parallelism(),
                pass::newWorker, pass::run, monitor, 0.6, 1.0);
        double[] conf = new double[n];
        Arrays.fill(conf, Double.NaN);
        for (int q = 0; q < candidates.length; q++) {
            long wins = 0;
            for (ConfidencePass.Worker wk : workers) {
                wins += wk.wins[q];
            }
            conf[candidates[q]] = wins / (double) options.draws();
        }
        return conf;
    }
}
