package org.plinth.siting.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The candidate sites of all strategies, with sites that several strategies chose at the same
 * cell merged into one (their ids joined with '='), in strategy order then rank order.
 */
public final class PooledSites {
    private PooledSites() {
    }

    /**
     * A pooled site.
     *
     * @param id e.g. {@code heritage-2} or {@code heritage-2=battlefield-2}
     * @param site the first strategy's record of it
     */
    public record Pooled(String id, SiteRecord site) {
    }

    public static List<Pooled> of(List<StrategyOutcome> outcomes) {
        Map<String, List<SiteRecord>> byCell = new LinkedHashMap<>();
        for (StrategyOutcome o : outcomes) {
            for (SiteRecord s : o.sites()) {
                byCell.computeIfAbsent(s.x() + "," + s.y(), k -> new ArrayList<>()).add(s);
            }
        }
        List<Pooled> out = new ArrayList<>();
        for (List<SiteRecord> same : byCell.values()) {
            out.add(new Pooled(String.join("=", same.stream().map(SiteRecord::id).toList()), same.get(0)));
        }
        return out;
    }
}
