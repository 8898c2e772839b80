package org.plinth.siting.layers;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;
import org.locationtech.proj4j.UnknownAuthorityCodeException;
import org.plinth.raster.Crs;
import org.plinth.raster.crs.CellMetrics;
import org.plinth.raster.crs.Ellipsoid;
import org.plinth.siting.BadInputException;

/**
 * Coordinate transformation between two CRSs through proj4j, applied to points and to
 * JTS geometries. Axis order is always x = easting/longitude, y = northing/latitude (GeoJSON and
 * GeoPackage order), whatever EPSG's official axis order is.
 *
 * <p>Not thread-safe (proj4j transforms keep scratch state): make one per thread.
 */
public final class Reprojection {
    private static final CRSFactory CRS_FACTORY = new CRSFactory();
    private static final CoordinateTransformFactory CT_FACTORY = new CoordinateTransformFactory();
    /** EPSG code → its PROJ parameters, as proj4j's EPSG file gives them. */
    private static final java.util.Map<Integer, String> EPSG_PARAMETERS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Pattern PRIMEM = Pattern.compile(
            "PRIMEM\\[\\s*\"[^\"]*\"\\s*,\\s*([-+0-9.eE]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ANGLE_UNIT = Pattern.compile(
            "(?:UNIT|ANGLEUNIT)\\[\\s*\"[^\"]*\"\\s*,\\s*([-+0-9.eE]+)", Pattern.CASE_INSENSITIVE);
    /** The projection's name: WKT 1 PROJECTION or WKT 2 METHOD. */
    private static final Pattern METHOD = Pattern.compile("(?:PROJECTION|METHOD)\\[\\s*\"([^\"]*)\"",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PARAMETER = Pattern.compile(
            "PARAMETER\\[\\s*\"([^\"]+)\"\\s*,\\s*([-+0-9.eE]+)", Pattern.CASE_INSENSITIVE);

    private final CoordinateTransform transform;
    private final ProjCoordinate in = new ProjCoordinate();
    private final ProjCoordinate out = new ProjCoordinate();

    private Reprojection(CoordinateTransform transform) {
        this.transform = transform;
    }

    /**
     * A transformation from {@code source} to {@code target}: each needs an EPSG code, or a WKT of a
     * geographic or Transverse Mercator CRS in metres (user-defined UTM files, such as GeoTIFFs that
     * GDAL wrote from a PROJ string), which is taken with its ellipsoid and no datum shift: right for
     * WGS 84 / GRS 80 datums, off by the datum difference (up to a few hundred metres) for others.
     */
    public static Reprojection between(Crs source, Crs target) {
        return new Reprojection(CT_FACTORY.createTransform(proj(source), proj(target)));
    }

    private static CoordinateReferenceSystem proj(Crs crs) {
        if (crs.epsgCode().isEmpty()) {
            String params = proj4Of(crs);
            if (params == null) {
                throw new BadInputException("cannot transform coordinates in " + crs + ": plinth needs an EPSG code,"
                        + " or a geographic or Transverse Mercator WKT in metres, for every layer and grid");
            }
            return CRS_FACTORY.createFromParameters(crs.toString(), params);
        }
        int code = crs.epsgCode().getAsInt();
        String params = EPSG_PARAMETERS.get(code);
        if (params == null) {
            try {
                // proj4j reads its whole EPSG file on every lookup (10-40 ms): keep each code's PROJ string
                params = CRS_FACTORY.createFromName("EPSG:" + code).getParameterString();
            } catch (UnknownAuthorityCodeException | IllegalStateException e) {
                throw new BadInputException("unknown EPSG code " + code, e);
            }
            EPSG_PARAMETERS.put(code, params);
        }
        // a new CRS object per transform: proj4j's projections are not known to be thread-safe
        return CRS_FACTORY.createFromParameters("EPSG:" + code, params);
    }

    /**
     * Metres per unit of a projected CRS's coordinates, from the EPSG database for a coded CRS (whose
     * {@link Crs#metresPerUnit()} plinth's small table cannot know), else as read from its file.
     */
    public static double metresPerUnit(Crs crs) {
        if (crs.epsgCode().isPresent() && !crs.isGeographic()) {
            return proj(crs).getProjection().getUnits().value;
        }
        return crs.metresPerUnit();
    }

    /**
     * How much {@code crs} stretches east–west and north–south distances at a WGS 84 longitude and
     * latitude: projected length over true length of a 0.01° step each way (true lengths on the WGS 84
     * ellipsoid's local radii). 1 is true to scale; UTM stays within 0.9996–1.001 in its zone.
     */
    /** How far from 1 a CRS's scale may be where plinth measures in it (UTM stays within 0.1 %). */
    public static final double SCALE_TOLERANCE = 0.02;

    /** True when both scales of {@link #scaleAt} lie within {@link #SCALE_TOLERANCE} of 1. */
    public static boolean trueToScale(double[] k) {
        return Math.abs(k[0] - 1) <= SCALE_TOLERANCE && Math.abs(k[1] - 1) <= SCALE_TOLERANCE;
    }

    public static double[] scaleAt(Crs crs, double lon, double lat) {
        Reprojection r = between(Crs.epsg(4326), crs);
        double step = 0.01;
        double[] o = r.apply(lon, lat);
        double[] e = r.apply(lon + step, lat);
        double[] n = r.apply(lon, lat + step);
        CellMetrics wgs84 = new CellMetrics(Ellipsoid.WGS84);
        double east = step * wgs84.metresPerDegreeLongitude(lat);
        double north = step * wgs84.metresPerDegreeLatitude(lat + step / 2);
        return new double[] {Math.hypot(e[0] - o[0], e[1] - o[1]) / east, Math.hypot(n[0] - o[0], n[1] - o[1]) / north};
    }

    /** True when every prime meridian in the WKT is Greenwich (0) and every angular unit the degree. */
    private static boolean greenwichAndDegrees(String wkt) {
        Matcher pm = PRIMEM.matcher(wkt);
        while (pm.find()) {
            if (Double.parseDouble(pm.group(1)) != 0) {
                return false;
            }
        }
        Matcher u = ANGLE_UNIT.matcher(wkt);
        while (u.find()) {
            double v = Double.parseDouble(u.group(1));
            // angular units are radians per unit (a degree: 0.0174532925...); linear ones are metres (>= 0.1)
            if (v < 0.1 && Math.abs(v / Math.toRadians(1) - 1) > 1e-9) {
                return false;
            }
        }
        return true;
    }

    /** PROJ parameters of a WKT-only CRS that is geographic or Transverse Mercator in metres; null otherwise. */
    static String proj4Of(Crs crs) {
        String wkt = crs.wkt().orElse(null);
        if (wkt == null) {
            return null;
        }
        // the semi-minor axis, as proj4j 1.4.1 mis-handles +rf and +f (a point near the equator went to 1e20 m)
        double a = crs.semiMajorAxis();
        double rf = crs.inverseFlattening();
        double b = rf > 0 && Double.isFinite(rf) ? a * (1 - 1 / rf) : a;
        String ellipsoid = " +a=" + a + " +b=" + b + " +no_defs";
        if (!greenwichAndDegrees(wkt)) {
            return null; // Paris meridian, grads: not worth a guess
        }
        if (crs.isGeographic()) {
            return "+proj=longlat" + ellipsoid;
        }
        String lower = wkt.toLowerCase(Locale.ROOT);
        Matcher method = METHOD.matcher(wkt);
        boolean southOrientated = method.find() && method.group(1).toLowerCase(Locale.ROOT).contains("south");
        if (crs.metresPerUnit() != 1.0 || southOrientated
                || !(lower.contains("transverse_mercator") || lower.contains("transverse mercator"))) {
            return null; // also the south-orientated variant, whose axes point the other way
        }
        double centralMeridian = Double.NaN;
        double latitudeOfOrigin = 0;
        double scale = 1;
        double falseEasting = 0;
        double falseNorthing = 0;
        Matcher m = PARAMETER.matcher(wkt);
        while (m.find()) {
            double v = Double.parseDouble(m.group(2));
            switch (m.group(1).toLowerCase(Locale.ROOT).replace(' ', '_')) {
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
            return null;
        }
        return "+proj=tmerc +lat_0=" + latitudeOfOrigin + " +lon_0=" + centralMeridian + " +k=" + scale + " +x_0="
                + falseEasting + " +y_0=" + falseNorthing + " +units=m" + ellipsoid;
    }

    /** Transforms one point; returns {x, y}. */
    public double[] apply(double x, double y) {
        in.x = x;
        in.y = y;
        transform.transform(in, out);
        return new double[] {out.x, out.y};
    }

    /** A transformed copy of {@code g}. */
    public Geometry apply(Geometry g) {
        Geometry copy = g.copy();
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                in.x = seq.getX(i);
                in.y = seq.getY(i);
                transform.transform(in, out);
                seq.setOrdinate(i, 0, out.x);
                seq.setOrdinate(i, 1, out.y);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        copy.geometryChanged();
        return copy;
    }
}
