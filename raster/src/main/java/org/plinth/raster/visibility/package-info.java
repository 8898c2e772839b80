/**
 * Visibility on a DEM: {@link org.plinth.raster.visibility.Viewshed} (what one observer sees, and
 * the minimum height a target needs to be seen) and
 * {@link org.plinth.raster.visibility.CumulativeVisibility} (how many observers, or how much of
 * their weight, see each cell).
 *
 * <h2>Line of sight</h2>
 * Exact for one documented model (see {@link org.plinth.raster.visibility.Viewshed}): the observer
 * and targets at cell centres, terrain between centres interpolated linearly along the grid lines
 * the sight line crosses (Franklin &amp; Ray's R3), earth curvature and refraction as
 * gdal_viewshed's {@code -cc}. Agreement with GRASS {@code r.viewshed -c -r}, whose terrain model
 * differs, is 98.3–99.8 % of cells on the test DEMs; {@code gdal_viewshed} is an approximation and
 * is not used as truth.
 *
 * <h2>NoData</h2>
 * As GRASS: NoData DEM cells never block a sight line and are NoData in every output. Cells beyond
 * the max distance are NoData in a single viewshed and contribute nothing to a cumulative one.
 * Observers must stand on data cells inside the DEM.
 *
 * <h2>Units</h2>
 * Heights and distances in metres. Projected DEMs must use metres; geographic DEMs are measured
 * in a local frame at the observer's latitude. The DEM must be north-up and have a known CRS.
 */
package org.plinth.raster.visibility;
