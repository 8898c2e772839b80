package org.plinth.siting.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A validated scenario: everything {@code plinth run} needs, with paths resolved against the
 * scenario folder. Built by {@link ScenarioReader}; documented key by key in {@code docs/scenario.md}.
 *
 * @param file the scenario file
 * @param name short name, used for the output folder
 * @param title human title for the report
 * @param description free text for the report
 * @param area the area of interest
 * @param grid cell size and CRS
 * @param dem DEM tiles (GeoTIFF or .hgt), empty when the scenario runs without terrain
 * @param layers named vector layers
 * @param criteria named criteria, in file order
 * @param constraints named exclusion rules, in file order
 * @param strategies named weight sets, in file order
 * @param sites candidate-site extraction settings
 * @param attribution attribution lines for the report and maps
 */
public record Scenario(Path file, String name, String title, String description, Area area, GridSpec grid,
                       List<Path> dem, Map<String, LayerSpec> layers, Map<String, CriterionSpec> criteria,
                       Map<String, ConstraintSpec> constraints, Map<String, StrategySpec> strategies,
                       SiteSpec sites, List<String> attribution) {

    /** The folder paths are resolved against. */
    public Path folder() {
        return file.toAbsolutePath().getParent();
    }

    public boolean hasDem() {
        return !dem.isEmpty();
    }

    /**
     * Area of interest: a polygon layer file, or a lon/lat box.
     *
     * @param file polygon file (GeoJSON/GeoPackage), or null
     * @param bbox {west, south, east, north} in degrees, or null
     */
    public record Area(Path file, double[] bbox) {
    }

    /**
     * @param cellSize metres
     * @param epsg the grid CRS, empty for {@code auto} (UTM zone of the area's centre)
     */
    public record GridSpec(double cellSize, Optional<Integer> epsg) {
    }

    /**
     * @param file the data file
     * @param nameField attribute with feature names (for labels and nearest-place text), or null
     * @param populationField attribute with population, or null
     * @param lonField CSV longitude column, or null
     * @param latField CSV latitude column, or null
     * @param table GeoPackage table, or null
     * @param showOnMap whether maps draw this layer
     */
    public record LayerSpec(String key, Path file, String nameField, String populationField, String lonField,
                            String latField, String table, boolean showOnMap) {
    }

    /** A feature filter: attribute {@code field} must be one of {@code values}. */
    public record Where(String field, List<String> values) {
    }
}
