package org.plinth.raster.io;

import java.util.Objects;
import java.util.Optional;
import org.plinth.raster.GridGeometry;
import org.plinth.raster.PixelAnchor;

/**
 * What a raster file says about one of its bands without its cells: the grid, the stored sample type
 * and the NoData value. Fields mean what they mean in {@link RasterFile}.
 *
 * @param geometry size and corner-anchored georeference of the whole image
 * @param noData the declared NoData value converted to float, or null when none
 * @param declaredNoData the NoData value as the file states it (e.g. UInt32 4294967295, which float
 *     rounds to 4294967296), or null when none; plinth's grids and kernels use {@code noData}
 */
public record RasterHeader(GridGeometry geometry, RasterDataType dataType, Float noData, PixelAnchor anchor,
                           int bandCount, Optional<String> crsCitation, Double declaredNoData) {

    /** A header whose declared NoData is the float one (formats that store it as text of a float or an integer). */
    public RasterHeader(GridGeometry geometry, RasterDataType dataType, Float noData, PixelAnchor anchor,
                        int bandCount, Optional<String> crsCitation) {
        this(geometry, dataType, noData, anchor, bandCount, crsCitation,
                noData == null ? null : noData.doubleValue());
    }

    public RasterHeader {
        Objects.requireNonNull(geometry, "geometry");
        Objects.requireNonNull(dataType, "dataType");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(crsCitation, "crsCitation");
    }
}
