/**
 * Distances on grids, in metres: the exact Euclidean distance transform to target cells
 * ({@link org.plinth.raster.distance.EuclideanDistance}), the exact distance to feature points
 * anywhere in or outside the grid ({@link org.plinth.raster.distance.PointDistance}), and burning
 * points, lines and polygons into a grid ({@link org.plinth.raster.distance.FeatureRasterizer}).
 *
 * <p>Distances are measured between cell centres (and feature points). Projected grids are measured
 * in CRS units, taken as metres; longitude/latitude grids are measured on the CRS's ellipsoid. All
 * kernels refuse grids with an unknown CRS or a rotated transform, and state their NoData rules on
 * the class. Options live in {@link org.plinth.raster.distance.DistanceOptions}.
 */
package org.plinth.raster.distance;
