package org.plinth.siting.run;

import java.util.List;

/**
 * A ranked candidate site of one strategy.
 *
 * @param strategy strategy key
 * @param rank 1 = best
 * @param x easting in the grid CRS (cell centre)
 * @param y northing in the grid CRS (cell centre)
 * @param lon longitude, degrees (EPSG:4326)
 * @param lat latitude, degrees
 * @param score suitability 0..1
 * @param areaM2 area of the contiguous region at or above the threshold that holds the site
 * @param values each criterion's raw value and score
 * @param nearestPlace name of the nearest settlement, or null
 * @param nearestPlaceDistance metres to it (NaN when none)
 */
public record SiteRecord(String strategy, int rank, double x, double y, double lon, double lat, double score,
                         double areaM2, List<CriterionValue> values, String nearestPlace, double nearestPlaceDistance) {

    /** A stable identifier, e.g. {@code battlefield-1}. */
    public String id() {
        return strategy + "-" + rank;
    }
}
