package org.plinth.siting.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.plinth.decision.overlay.OrderWeights;
import org.plinth.decision.overlay.OrderedWeightedAverage;
import org.plinth.decision.overlay.WeightedLinearCombination;
import org.plinth.decision.overlay.Weights;
import org.plinth.decision.sites.CandidateSite;
import org.plinth.decision.sites.SiteSelection;
import org.plinth.decision.sites.SiteSelectionOptions;
import org.plinth.raster.ByteGrid;
import org.plinth.raster.Crs;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.Monitor;
import org.plinth.siting.layers.Feature;
import org.plinth.siting.layers.Reprojection;
import org.plinth.siting.layers.VectorLayer;
import org.plinth.siting.scenario.Scenario;
import org.plinth.siting.scenario.SiteSpec;
import org.plinth.siting.scenario.StrategySpec;

/**
 * Evaluates one strategy: aggregates the criterion scores with its weights (WLC or OWA), applies
 * the constraints, picks the candidate sites and describes each one.
 */
final class StrategyEvaluator {
    private final List<CriterionLayer> criteria;
    private final ByteGrid allowed;
    private final SiteSpec siteSpec;
    private final VectorLayer places;
    private final Scenario.LayerSpec placesSpec;
    private final Reprojection toLonLat;
    private final Map<String, ScoreDistribution> distributions = new LinkedHashMap<>();

    StrategyEvaluator(List<CriterionLayer> criteria, ByteGrid allowed, SiteSpec siteSpec, VectorLayer places,
                      Scenario.LayerSpec placesSpec, Crs gridCrs) {
        this.criteria = criteria;
        this.allowed = allowed;
        this.siteSpec = siteSpec;
        this.places = places;
        this.placesSpec = placesSpec;
        this.toLonLat = Reprojection.between(gridCrs, Crs.epsg(4326));
    }

    StrategyOutcome evaluate(StrategySpec s, Monitor monitor) {
        List<FloatGrid> grids = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<Double> raw = new ArrayList<>();
        for (CriterionLayer c : criteria) {
            Double w = s.weights().get(c.key());
            if (w != null && w > 0) {
                grids.add(c.score());
                keys.add(c.key());
                raw.add(w);
            }
        }
        Weights weights = Weights.criteria(raw.stream().mapToDouble(Double::doubleValue).toArray());
        FloatGrid suit = "owa".equals(s.aggregation())
                ? new OrderedWeightedAverage(grids, weights, OrderWeights.forRiskAttitude(grids.size(), s.owaAlpha()),
                        List.of(allowed)).compute(monitor)
                : new WeightedLinearCombination(grids, weights, List.of(allowed)).compute(monitor);
        Map<String, Double> normalised = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            normalised.put(keys.get(i), weights.get(i));
        }
        List<CandidateSite> picked = SiteSelection.select(suit, new SiteSelectionOptions(siteSpec.count(),
                siteSpec.threshold(), siteSpec.minSeparation(), siteSpec.minArea()));
        List<SiteRecord> sites = new ArrayList<>();
        for (CandidateSite c : picked) {
            sites.add(describe(s.key(), c, normalised));
        }
        ScoreDistribution dist = new ScoreDistribution(suit, allowed);
        distributions.put(s.key(), dist);
        double mean = dist.mean();
        double p90 = dist.quantile(0.9);
        return new StrategyOutcome(s, normalised, suit, sites, mean, p90);
    }

    /** The distribution of suitability over the allowed cells of an evaluated strategy. */
    ScoreDistribution distribution(String strategy) {
        return distributions.get(strategy);
    }

    private SiteRecord describe(String strategy, CandidateSite c, Map<String, Double> weights) {
        List<CriterionValue> values = new ArrayList<>();
        for (CriterionLayer cl : criteria) {
            values.add(new CriterionValue(cl.key(), cl.spec().label(), cl.raw().get(c.col(), c.row()),
                    cl.spec().kind().unit(), cl.score().get(c.col(), c.row()), weights.getOrDefault(cl.key(), 0.0)));
        }
        double[] ll = toLonLat.apply(c.x(), c.y());
        String nearest = null;
        double nearestD = Double.NaN;
        if (places != null) {
            Coordinate here = new Coordinate(c.x(), c.y());
            for (Feature f : places.features()) {
                Geometry g = f.geometry();
                double d = g.getCoordinate().distance(here);
                if (Double.isNaN(nearestD) || d < nearestD) {
                    nearestD = d;
                    nearest = placesSpec.nameField() == null ? null : f.text(placesSpec.nameField());
                }
            }
        }
        return new SiteRecord(strategy, c.rank(), c.x(), c.y(), ll[0], ll[1], c.score(), c.regionArea(), values,
                nearest, nearestD);
    }
}
