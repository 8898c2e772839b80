package org.plinth.siting.run;

import java.util.List;
import java.util.Map;

/**
 * Where the strategies agree.
 *
 * @param strategies strategy keys, in scenario order (the matrices' order)
 * @param kendallTau Kendall's τ-b between the strategies' orderings of all candidate sites (each
 *                   strategy scores every site of every strategy that it has a suitability at)
 * @param tauSites how many sites each τ is computed over: the sites both strategies score (fewer than
 *                 all when some lie where a strategy has no suitability, e.g. outside the DEM)
 * @param topOverlap Jaccard index of the strategies' top-10 % allowed cells
 * @param topKOverlap share of the two strategies' top-N site lists that match (sites within
 *                    {@code matchDistance} of each other, each matched once; 1 = the same places)
 * @param matchDistance metres within which two strategies' sites count as the same place
 * @param shared sites that rank high (at or above the 90th percentile of allowed cells) in two or more strategies
 */
public record Comparison(List<String> strategies, double[][] kendallTau, int[][] tauSites, double[][] topOverlap,
                         double[][] topKOverlap, double matchDistance, List<SharedSite> shared) {

    /** The shared sites that are in the top decile of every strategy. */
    public List<SharedSite> inEveryTopDecile() {
        return shared.stream().filter(s -> s.highIn().size() == strategies.size()).toList();
    }

    /**
     * @param id the pooled id (sites chosen by several strategies at one cell are joined with '=')
     * @param site the site
     * @param percentiles strategy key → the site's percentile among allowed cells under that strategy (0..100)
     * @param highIn strategies under which it is at or above the 90th percentile
     */
    public record SharedSite(String id, SiteRecord site, Map<String, Double> percentiles, List<String> highIn) {
    }
}
