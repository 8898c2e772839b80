package org.plinth.raster.io;

import java.util.Objects;
import java.util.Optional;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.PixelAnchor;

/**
 * What a reader returns: the first band as a {@link FloatGrid}, the type the file stores it in, and
 * how the file anchored its coordinates.
 *
 * @param grid the band, converted to float; its transform is always corner-anchored (GDAL's
 *     convention), whatever the file's anchor
 * @param dataType the sample type in the file; see {@link RasterDataType#isExactInFloat()} for the
 *     precision caveat of Int32, UInt32 and Float64
 * @param anchor {@link PixelAnchor#CENTER} when the file declared its coordinates to be cell centres
 *     (GeoTIFF PixelIsPoint, SRTM .hgt, ASCII grid {@code xllcenter}); the grid's transform has then
 *     already been shifted by half a cell, as GDAL does
 * @param bandCount number of bands in the file (only the first is read)
 * @param crsCitation the CRS name or description the file gave, if any; the only CRS information
 *     kept when the file's CRS is user-defined and plinth cannot describe it
 */
public record RasterFile(FloatGrid grid, RasterDataType dataType, PixelAnchor anchor, int bandCount,
                         Optional<String> crsCitation) {

    public RasterFile {
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(dataType, "dataType");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(crsCitation, "crsCitation");
        if (bandCount < 1) {
            throw new IllegalArgumentException("band count must be >= 1, was " + bandCount);
        }
    }
}
