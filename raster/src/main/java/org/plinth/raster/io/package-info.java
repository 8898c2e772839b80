/**
 * Raster file input and output without third-party libraries: GeoTIFF (read and write), SRTM
 * {@code .hgt} and ESRI ASCII grids (read), with {@link org.plinth.raster.io.RasterFiles} as the one
 * entry point.
 *
 * <p>Readers return a {@link org.plinth.raster.io.RasterFile}: band 1 as a
 * {@link org.plinth.raster.FloatGrid} with a corner-anchored transform matching what {@code gdalinfo}
 * reports, the stored {@link org.plinth.raster.io.RasterDataType}, and the file's pixel anchor. Bad
 * files raise {@link org.plinth.raster.InvalidInputException} with one sentence naming the file and
 * the problem. Writers write to a temporary file beside the target and move it into place, so a failed
 * write leaves nothing behind.
 */
package org.plinth.raster.io;
