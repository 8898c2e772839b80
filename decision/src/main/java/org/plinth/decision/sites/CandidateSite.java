package org.plinth.decision.sites;

/**
 * One chosen site.
 *
 * @param rank       1 for the best site
 * @param col        column of the site's cell
 * @param row        row of the site's cell
 * @param x          x of the cell centre, grid CRS
 * @param y          y of the cell centre, grid CRS
 * @param score      suitability of the cell
 * @param regionId   id of the suitable region holding the cell (see {@link SuitableRegions})
 * @param regionArea area of that region in m²
 */
public record CandidateSite(int rank, int col, int row, double x, double y, double score, int regionId,
                            double regionArea) {
}
