/**
 * Coordinate reference system arithmetic without a CRS library: ellipsoids, lengths of degrees
 * ({@link org.plinth.raster.crs.CellMetrics}), Transverse Mercator / UTM and warping of geographic
 * grids onto UTM grids.
 */
package org.plinth.raster.crs;
