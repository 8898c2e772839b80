package org.plinth.siting.robustness;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.plinth.decision.robustness.ScoreMatrix;
import org.plinth.decision.robustness.Smaa;
import org.plinth.decision.robustness.SmaaOptions;
import org.plinth.decision.robustness.SpreadOptions;
import org.plinth.decision.robustness.SpreadResult;
import org.plinth.decision.robustness.SuitabilitySpread;
import org.plinth.decision.robustness.SweepOptions;
import org.plinth.decision.robustness.WeightDistribution;
import org.plinth.decision.robustness.WeightSweep;
import org.plinth.raster.ByteGrid;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.Monitor;
import org.plinth.raster.algebra.MapAlgebra;
import org.plinth.raster.algebra.MaskFill;
import org.plinth.siting.run.CriterionLayer;
import org.plinth.siting.run.PooledSites;
import org.plinth.siting.run.SitingResult;
import org.plinth.siting.run.StrategyOutcome;

/**
 * How robust each strategy's ranking is to disagreement about its weights: SMAA-2 over the pooled
 * candidate sites of all strategies, one-at-a-time weight sweeps, and a per-cell map of the spread
 * of suitability under weight uncertainty.
 *
 * <p>The ranking model is the weighted linear combination of the strategy's criterion scores at
 * each site; for an OWA strategy this is its risk-neutral form (the report says so). Weights are
 * drawn uniformly from the part of the simplex within ± {@link RobustnessOptions#halfWidth()} of
 * the strategy's weights, or from the whole simplex.
 */
public final class RobustnessAnalysis {
    private final SitingResult run;
    private final RobustnessOptions options;

    public RobustnessAnalysis(SitingResult run, RobustnessOptions options) {
        this.run = run;
        this.options = options;
    }

    public List<StrategyRobustness> compute(Monitor monitor) {
        List<PooledSites.Pooled> pooled = PooledSites.of(run.strategies());
        List<StrategyRobustness> out = new ArrayList<>();
        for (StrategyOutcome s : run.strategies()) {
            out.add(strategy(s, pooled, monitor));
        }
        return out;
    }

    private StrategyRobustness strategy(StrategyOutcome s, List<PooledSites.Pooled> pooled, Monitor monitor) {
        List<CriterionLayer> used = run.criteria().stream().filter(c -> s.weights().containsKey(c.key())).toList();
        List<String> names = used.stream().map(CriterionLayer::key).toList();
        double[] w = used.stream().mapToDouble(c -> s.weights().get(c.key())).toArray();
        WeightDistribution dist = options.uniform() || w.length < 2 ? WeightDistribution.uniform(w.length)
                : WeightDistribution.around(w, options.halfWidth());
        String described = options.uniform() || w.length < 2 ? "uniform on the whole weight simplex"
                : String.format(Locale.ROOT, "uniform on the weight simplex within ±%.2f of the strategy's weights",
                options.halfWidth());
        if ("owa".equals(s.spec().aggregation())) {
            described += String.format(Locale.ROOT, ". Caution: this strategy ranks by OWA (alpha %s), analysed here in"
                    + " its risk-neutral form (WLC), so these acceptabilities can disagree with its reported ranks",
                    s.spec().owaAlpha());
        }
        double[][] all = new double[pooled.size()][used.size()];
        List<Integer> scored = new ArrayList<>();
        for (int i = 0; i < pooled.size(); i++) {
            boolean complete = true;
            for (int j = 0; j < used.size(); j++) {
                FloatGrid g = used.get(j).score();
                int c = (int) Math.floor(g.geometry().transform().colOf(pooled.get(i).site().x()));
                int r = (int) Math.floor(g.geometry().transform().rowOf(pooled.get(i).site().y()));
                float v = g.get(c, r);
                complete &= !Float.isNaN(v);
                all[i][j] = Float.isNaN(v) ? 0 : v;
            }
            if (complete) {
                scored.add(i);
            }
        }
        // a pooled site where this strategy has no suitability (a terrain criterion outside the DEM) is not
        // one of its candidates: ranking it with 0 for the missing scores would only put it last
        List<Integer> rows = scored.size() >= 2 ? scored : IntStream.range(0, pooled.size()).boxed().toList();
        if (rows.size() < pooled.size()) {
            described += String.format(Locale.ROOT, "; %d of the %d pooled sites lie where this strategy has no suitability"
                    + " (no DEM there) and are left out", pooled.size() - rows.size(), pooled.size());
        }
        List<String> ids = rows.stream().map(i -> pooled.get(i).id()).toList();
        double[][] m = rows.stream().map(i -> all[i]).toArray(double[][]::new);
        ScoreMatrix scores = ScoreMatrix.of(m, ids, names);
        var smaa = new Smaa(scores, dist, SmaaOptions.defaults().withDraws(options.draws()).withSeed(options.seed()))
                .compute(monitor);
        var sweeps = new WeightSweep(scores, w, SweepOptions.defaults().withSteps(options.sweepSteps())).compute();
        SpreadResult spread = new SuitabilitySpread(used.stream().map(CriterionLayer::score).toList(), dist,
                SpreadOptions.defaults().withDraws(options.spreadDraws()).withSeed(options.seed())).compute(monitor);
        SpreadResult masked = mask(spread, run.allowed());
        return new StrategyRobustness(s.key(), names, w, described, ids, smaa, sweeps, masked, summary(masked));
    }

    /** The spread only where the constraints allow a site: elsewhere the suitability is 0 whatever the weights. */
    private static SpreadResult mask(SpreadResult s, ByteGrid allowed) {
        FloatGrid keep = allowed.toFloat();
        return new SpreadResult(only(s.mean(), keep), only(s.lower(), keep), only(s.upper(), keep),
                only(s.range(), keep), s.lowerQuantile(), s.upperQuantile(), s.draws());
    }

    private static FloatGrid only(FloatGrid g, FloatGrid keep) {
        return MapAlgebra.mask(g, keep, MaskFill.NO_DATA);
    }

    /** Median and 90th percentile, over allowed cells, of the width between the lower and upper quantiles. */
    private static double[] summary(SpreadResult s) {
        float[] v = valid(width(s));
        Arrays.sort(v);
        if (v.length == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        return new double[] {v[v.length / 2], v[(int) Math.min(v.length - 1, Math.floor(0.9 * v.length))]};
    }

    /** Per cell: upper quantile minus lower quantile (e.g. the 10–90 % range); NaN where either is. */
    public static FloatGrid width(SpreadResult s) {
        float[] lo = s.lower().data();
        float[] hi = s.upper().data();
        float[] out = new float[lo.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = hi[i] - lo[i];
        }
        return new FloatGrid(s.lower().geometry(), out, null);
    }

    private static float[] valid(FloatGrid g) {
        int n = 0;
        for (float x : g.data()) {
            n += Float.isNaN(x) ? 0 : 1;
        }
        float[] out = new float[n];
        n = 0;
        for (float x : g.data()) {
            if (!Float.isNaN(x)) {
                out[n++] = x;
            }
        }
        return out;
    }
}
