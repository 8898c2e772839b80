/**
 * plinth's raster model: single-band grids with georeference.
 *
 * <h2>Conventions</h2>
 * <ul>
 *   <li>Row 0 is the northern row; data are row-major ({@code index = row * cols + col}).</li>
 *   <li>{@link org.plinth.raster.GeoTransform} is anchored at the outer corner of the top-left cell
 *       (GDAL's convention, GeoTIFF PixelIsArea); cell centres are at {@code +0.5}.</li>
 *   <li>{@link org.plinth.raster.Window}s are half-open: {@code [start, stop)}.</li>
 *   <li>NoData: NaN is always NoData; a grid may also declare one value as NoData. Each kernel states
 *       what it does with NoData inputs and writes.</li>
 * </ul>
 * Kernels do arithmetic only: no file I/O, printing or global state; progress and cancellation go
 * through {@link org.plinth.raster.Monitor}.
 */
package org.plinth.raster;
