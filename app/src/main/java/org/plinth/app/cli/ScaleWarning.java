package org.plinth.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.plinth.raster.Crs;
import org.plinth.raster.GridGeometry;
import org.plinth.siting.BadInputException;
import org.plinth.siting.layers.Reprojection;

/**
 * Warns when a grid's projected CRS is far from true to scale where the grid lies (Web Mercator at
 * Kursk stretches distances ×1.6): plinth, like gdaldem and gdal_proximity, measures in the CRS's
 * metres, so slopes, distances and viewshed ranges are then off by that factor. Also refuses an EPSG
 * code whose unit is not the metre when the file did not say so (a GeoTIFF without
 * ProjLinearUnitsGeoKey). The UTM-like families (true within 0.1 % in their zones, in metres) are not
 * checked, so the usual case costs no PROJ lookup.
 */
final class ScaleWarning {
    private ScaleWarning() {
    }

    /**
     * Prints one warning line to {@code err} when {@code grid}'s CRS distorts distances at its centre;
     * throws {@link org.plinth.raster.InvalidInputException} when its EPSG code measures in feet or another
     * unit than the metre.
     */
    static void check(Path file, GridGeometry grid, PrintWriter err) {
        Crs crs = grid.crs();
        if (!crs.isKnown() || crs.isGeographic() || crs.epsgCode().isEmpty() || isTransverseMercatorFamily(
                crs.epsgCode().getAsInt())) {
            return;
        }
        double unit;
        try {
            unit = Reprojection.metresPerUnit(crs);
        } catch (BadInputException e) {
            return; // a CRS PROJ does not know is reported by whatever needs to transform it
        }
        if (Math.abs(unit - 1) > 1e-12 && crs.metresPerUnit() == 1.0) {
            // an EPSG code in feet whose GeoTIFF omits ProjLinearUnitsGeoKey: GDAL takes the unit from the
            // EPSG definition, and so does plinth
            throw new org.plinth.raster.InvalidInputException(file.getFileName() + ": its CRS (" + crs + ") has"
                    + " coordinates in units of " + unit + " m, and plinth measures in metres; reproject it to a CRS in"
                    + " metres first (e.g. gdalwarp -t_srs EPSG:<UTM zone code>)");
        }
        double[] k;
        try {
            double[] lonLat = Reprojection.between(crs, Crs.epsg(4326)).apply((grid.minX() + grid.maxX()) / 2,
                    (grid.minY() + grid.maxY()) / 2);
            k = Reprojection.scaleAt(crs, lonLat[0], lonLat[1]);
        } catch (BadInputException | IllegalStateException e) {
            return; // a CRS PROJ cannot transform is reported by whatever needs to transform it
        }
        if (!Reprojection.trueToScale(k)) {
            err.println(String.format(Locale.ROOT, "plinth: warning: %s is in %s, which stretches distances at its"
                    + " centre (east-west x%.3f, north-south x%.3f); plinth measures in the CRS's metres, so distances,"
                    + " slopes and ranges are off by as much (reproject to the UTM zone for true values)",
                    file.getFileName(), crs, k[0], k[1]));
        }
    }

    /** WGS 84, ETRS89, NAD83, SIRGAS 2000 UTM zones and Pulkovo Gauss-Krüger: true within 0.1 % in their zones. */
    static boolean isTransverseMercatorFamily(int code) {
        return (code >= 32601 && code <= 32660) || (code >= 32701 && code <= 32760) || (code >= 25801 && code <= 25860)
                || (code >= 26901 && code <= 26923) || (code >= 31954 && code <= 31985) || (code >= 28402 && code <= 28432);
    }
}
