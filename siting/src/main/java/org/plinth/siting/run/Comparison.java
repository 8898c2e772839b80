package org.plinth.siting.run;

import java.util.List;
import java.util.Map;

/**
 * Where the strategies agree.
 *
 * @param strategies strategy keys, in scenario order (the matrices' order)
 * @param kendallTau Kendall's τ-b between the strategies' orderings of all candidate sites (each
 *                   strategy scores every site of every strategy)
 * @param topOverlap Jaccard index of the strategies' top-10 % allowed cells
 * @param shared sites that rank high (at or above the 90th percentile of allowed cells) in two or more strategies
 */
public record Comparison(List<String> strategies, double[][] kendallTau, double[][] topOverlap,
                         List<SharedSite> shared) {

    /**
     * @param id the pooled id (sites chosen by several strategies at one cell are joined with '=')
     * @param site the site
     * @param percentiles strategy key → the site's percentile among allowed cells under that strategy (0..100)
     * @param highIn strategies under which it is at or above the 90th percentile
     */
    public record SharedSite(String id, SiteRecord site, Map<String, Double> percentiles, List<String> highIn) {
    }
}
