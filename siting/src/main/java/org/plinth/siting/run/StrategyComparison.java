package org.plinth.siting.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plinth.decision.compare.KendallTau;
import org.plinth.decision.compare.RankedListComparison;
import org.plinth.decision.sites.CandidateSite;
import org.plinth.raster.ByteGrid;
import org.plinth.raster.FloatGrid;

/**
 * Compares strategies: Kendall's τ-b between their orderings of the pooled candidate sites (those both
 * strategies score: a site where one strategy has no suitability, outside the DEM, is left out of that pair), the
 * Jaccard overlap of their best 10 % of allowed cells, and the sites that reach the 90th percentile
 * under two or more strategies.
 */
final class StrategyComparison {
    private static final double TOP_SHARE = 0.10;

    private StrategyComparison() {
    }

    static Comparison compare(List<StrategyOutcome> outcomes, ByteGrid allowed, double matchDistance,
                              java.util.function.Function<String, ScoreDistribution> distributions) {
        int k = outcomes.size();
        List<String> keys = outcomes.stream().map(StrategyOutcome::key).toList();
        List<PooledSites.Pooled> pooledSites = PooledSites.of(outcomes);
        List<SiteRecord> pooled = pooledSites.stream().map(PooledSites.Pooled::site).toList();
        double[][] scores = new double[k][pooled.size()];
        ScoreDistribution[] dists = new ScoreDistribution[k];
        for (int s = 0; s < k; s++) {
            FloatGrid suit = outcomes.get(s).suitability();
            dists[s] = distributions.apply(outcomes.get(s).key());
            for (int i = 0; i < pooled.size(); i++) {
                scores[s][i] = suit.get(col(suit, pooled.get(i)), row(suit, pooled.get(i)));
            }
        }
        double[][] tau = new double[k][k];
        int[][] tauSites = new int[k][k];
        double[][] overlap = new double[k][k];
        double[][] topK = new double[k][k];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                Tau t = tauOverScoredSites(scores[a], scores[b]);
                tau[a][b] = t.value();
                tauSites[a][b] = t.sites();
                topK[a][b] = RankedListComparison.byDistance(candidates(outcomes.get(a)), candidates(outcomes.get(b)),
                        matchDistance).overlap();
                overlap[a][b] = jaccard(outcomes.get(a).suitability(), dists[a], outcomes.get(b).suitability(),
                        dists[b], allowed);
            }
        }
        List<Comparison.SharedSite> shared = new ArrayList<>();
        for (int i = 0; i < pooled.size(); i++) {
            Map<String, Double> pct = new LinkedHashMap<>();
            List<String> high = new ArrayList<>();
            for (int s = 0; s < k; s++) {
                double p = dists[s].percentileOf(scores[s][i]);
                pct.put(keys.get(s), p);
                if (p >= 90) {
                    high.add(keys.get(s));
                }
            }
            if (high.size() >= 2) {
                shared.add(new Comparison.SharedSite(pooledSites.get(i).id(), pooled.get(i), pct, high));
            }
        }
        return new Comparison(keys, tau, tauSites, overlap, topK, matchDistance, shared);
    }

    /**
     * Kendall's τ-b over the sites that both strategies score: a site can lie where one strategy has no
     * suitability (a cell outside the DEM, for a strategy with a terrain criterion), and is then not in
     * that strategy's ordering. NaN when fewer than two sites are scored by both.
     */
    static Tau tauOverScoredSites(double[] a, double[] b) {
        int n = 0;
        double[] x = new double[a.length];
        double[] y = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) {
                x[n] = a[i];
                y[n] = b[i];
                n++;
            }
        }
        return new Tau(n < 2 ? Double.NaN : KendallTau.tauB(Arrays.copyOf(x, n), Arrays.copyOf(y, n)), n);
    }

    /** Kendall's τ-b and the number of sites it is over. */
    record Tau(double value, int sites) {
    }

    private static List<CandidateSite> candidates(StrategyOutcome o) {
        return o.sites().stream().map(s -> new CandidateSite(s.rank(), col(o.suitability(), s), row(o.suitability(), s),
                s.x(), s.y(), s.score(), 0, s.areaM2())).toList();
    }

    private static int col(FloatGrid g, SiteRecord s) {
        return (int) Math.floor(g.geometry().transform().colOf(s.x()));
    }

    private static int row(FloatGrid g, SiteRecord s) {
        return (int) Math.floor(g.geometry().transform().rowOf(s.y()));
    }

    private static double jaccard(FloatGrid a, ScoreDistribution sa, FloatGrid b, ScoreDistribution sb,
                                  ByteGrid allowed) {
        if (sa.count() == 0 || sb.count() == 0) {
            return Double.NaN;
        }
        double ta = sa.quantile(1 - TOP_SHARE);
        double tb = sb.quantile(1 - TOP_SHARE);
        float[] da = a.data();
        float[] db = b.data();
        byte[] m = allowed.data();
        long both = 0;
        long either = 0;
        for (int i = 0; i < da.length; i++) {
            if (m[i] == 0) {
                continue;
            }
            boolean ia = da[i] >= ta;
            boolean ib = db[i] >= tb;
            both += ia && ib ? 1 : 0;
            either += ia || ib ? 1 : 0;
        }
        return either == 0 ? Double.NaN : (double) both / either;
    }

}
