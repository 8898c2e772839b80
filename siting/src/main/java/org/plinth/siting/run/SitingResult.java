package org.plinth.siting.run;

import java.util.List;
import java.util.Map;
import org.plinth.raster.ByteGrid;
import org.plinth.raster.FloatGrid;
import org.plinth.siting.layers.VectorLayer;
import org.plinth.siting.scenario.Scenario;

/**
 * Everything a siting run computed, for the writers (maps, report, GeoTIFF, GeoJSON, GeoPackage,
 * summary.json).
 *
 * @param scenario the scenario
 * @param area area of interest and grid
 * @param layers the scenario's layers in the grid CRS, features clipped to nothing (all kept)
 * @param criteria computed criteria, in scenario order
 * @param allowed 1 where no constraint excludes the cell and it lies in the area, else 0
 * @param constraintShares constraint key → share of the area's cells it excludes (0..1)
 * @param strategies per-strategy outcomes, in scenario order
 * @param comparison agreement between strategies
 * @param hillshade hillshade of the DEM on the grid, or null without a DEM
 * @param warnings sentences for the report
 * @param timings step → seconds
 */
public record SitingResult(Scenario scenario, StudyArea area, Map<String, VectorLayer> layers,
                           List<CriterionLayer> criteria, ByteGrid allowed, Map<String, Double> constraintShares,
                           List<StrategyOutcome> strategies, Comparison comparison, FloatGrid hillshade,
                           List<String> warnings, Map<String, Double> timings) {
}
