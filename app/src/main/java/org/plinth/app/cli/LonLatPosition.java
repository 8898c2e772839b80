package org.plinth.app.cli;

import org.plinth.raster.Crs;
import org.plinth.raster.InvalidInputException;
import org.plinth.siting.BadInputException;
import org.plinth.siting.layers.Reprojection;

/**
 * Puts a WGS 84 longitude/latitude into a grid's CRS for {@code --observer-lonlat}, through
 * {@link Reprojection}: a CRS with an EPSG code, or a geographic or Transverse Mercator WKT
 * (user-defined UTM files, such as the Olinda test DEM; no datum shift: right for WGS 84 / GRS 80
 * datums, off by the datum difference, up to a few hundred metres, for others).
 */
final class LonLatPosition {
    private LonLatPosition() {
    }

    /** {x, y} in {@code crs} of the point at {@code lon}, {@code lat} (degrees). */
    static double[] toGrid(Crs crs, double lon, double lat) {
        try {
            return Reprojection.between(Crs.epsg(4326), crs).apply(lon, lat);
        } catch (BadInputException e) {
            throw new InvalidInputException("--observer-lonlat needs a DEM CRS with an EPSG code or a geographic or"
                    + " Transverse Mercator WKT in metres, the DEM's is " + crs + "; give --observer X,Y instead", e);
        }
    }
}
