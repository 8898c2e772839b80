package org.plinth.raster.io;

import java.util.Objects;
import java.util.Optional;
import org.plinth.raster.GridGeometry;
import org.plinth.raster.PixelAnchor;

/**
 * What a raster file says about its first band without its cells: the grid, the stored sample type
 * and the NoData value. Fields mean what they mean in {@link RasterFile}.
 *
 * @param geometry size and corner-anchored georeference of the whole image
 * @param noData the declared NoData value converted to float, or null when none
 */
public record RasterHeader(GridGeometry geometry, RasterDataType dataType, Float noData, PixelAnchor anchor,
                           int bandCount, Optional<String> crsCitation) {

    public RasterHeader {
        Objects.requireNonNull(geometry, "geometry");
        Objects.requireNonNull(dataType, "dataType");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(crsCitation, "crsCitation");
    }

    /** The header of a file already read. */
    static RasterHeader of(RasterFile file) {
        return new RasterHeader(file.grid().geometry(), file.dataType(), file.grid().noData(), file.anchor(),
                file.bandCount(), file.crsCitation());
    }
}
