/**
 * Terrain derivatives of a DEM: {@link org.plinth.raster.terrain.Slope},
 * {@link org.plinth.raster.terrain.Aspect} and {@link org.plinth.raster.terrain.Hillshade}, all by
 * Horn's 3×3 method with gdaldem's edge ({@code -compute_edges}) and NoData rules, so that results
 * agree with {@code gdaldem} to float rounding.
 *
 * <h2>Units</h2>
 * Horizontal distances come from the CRS: metres for projected CRSs; for geographic CRSs, metres per
 * row from the row's latitude on the ellipsoid ({@link org.plinth.raster.crs.CellMetrics}). gdaldem
 * instead applies one global {@code -s} scale; every options record has a {@code scale} that does
 * the same, to reproduce gdaldem exactly. A DEM without CRS needs a scale, except for aspect.
 *
 * <h2>NoData</h2>
 * A NoData centre gives NoData. NoData neighbours are replaced by the centre value when edges are
 * computed (the default), or make the cell NoData otherwise. Outputs declare their NoData value:
 * −9999 for slope and aspect (also flat cells in aspect), 0 for hillshade.
 */
package org.plinth.raster.terrain;
