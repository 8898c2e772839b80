package org.plinth.app.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plinth.raster.Crs;
import org.plinth.raster.InvalidInputException;
import org.plinth.raster.crs.Ellipsoid;
import org.plinth.raster.crs.TransverseMercator;
import org.plinth.siting.layers.Reprojection;

/**
 * Puts a WGS 84 longitude/latitude into a grid's CRS for {@code --observer-lonlat}: through proj4j
 * when the CRS has an EPSG code; as is for a geographic CRS known only by WKT; through plinth's own
 * {@link TransverseMercator} for a Transverse Mercator WKT (user-defined UTM files, such as the
 * Olinda test DEM), with no datum shift: right for WGS 84 / GRS 80 datums, off by the datum
 * difference (up to a few hundred metres) for others.
 */
final class LonLatPosition {
    private static final Pattern PARAMETER = Pattern.compile(
            "PARAMETER\\[\\s*\"([^\"]+)\"\\s*,\\s*([-+0-9.eE]+)", Pattern.CASE_INSENSITIVE);

    private LonLatPosition() {
    }

    /** {x, y} in {@code crs} of the point at {@code lon}, {@code lat} (degrees). */
    static double[] toGrid(Crs crs, double lon, double lat) {
        if (crs.epsgCode().isPresent()) {
            return Reprojection.between(Crs.epsg(4326), crs).apply(lon, lat);
        }
        if (crs.isGeographic()) {
            return new double[] {lon, lat};
        }
        String wkt = crs.wkt().orElse("");
        if (wkt.toLowerCase(Locale.ROOT).contains("transverse_mercator")
                || wkt.toLowerCase(Locale.ROOT).contains("transverse mercator")) {
            return transverseMercator(crs, wkt).forward(lon, lat);
        }
        throw new InvalidInputException("--observer-lonlat needs a DEM CRS with an EPSG code or a Transverse"
                + " Mercator WKT, the DEM's is " + crs + "; give --observer X,Y instead");
    }

    private static TransverseMercator transverseMercator(Crs crs, String wkt) {
        double centralMeridian = Double.NaN;
        double latitudeOfOrigin = 0;
        double scale = 1;
        double falseEasting = 0;
        double falseNorthing = 0;
        Matcher m = PARAMETER.matcher(wkt);
        while (m.find()) {
            String name = m.group(1).toLowerCase(Locale.ROOT).replace(' ', '_');
            double v = Double.parseDouble(m.group(2));
            switch (name) {
                case "central_meridian", "longitude_of_natural_origin" -> centralMeridian = v;
                case "latitude_of_origin", "latitude_of_natural_origin" -> latitudeOfOrigin = v;
                case "scale_factor", "scale_factor_at_natural_origin" -> scale = v;
                case "false_easting" -> falseEasting = v;
                case "false_northing" -> falseNorthing = v;
                default -> {
                }
            }
        }
        if (Double.isNaN(centralMeridian)) {
            throw new InvalidInputException("--observer-lonlat: the DEM's Transverse Mercator WKT has no central"
                    + " meridian; give --observer X,Y instead");
        }
        return new TransverseMercator(Ellipsoid.of(crs), centralMeridian, latitudeOfOrigin, scale, falseEasting,
                falseNorthing);
    }
}
