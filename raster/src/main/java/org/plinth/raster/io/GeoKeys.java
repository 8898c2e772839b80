package org.plinth.raster.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.plinth.raster.Crs;
import org.plinth.raster.GeoTransform;
import org.plinth.raster.InvalidInputException;
import org.plinth.raster.PixelAnchor;

/**
 * Reads a GeoTIFF's georeferencing the way GDAL does.
 *
 * <p>Transform: ModelTransformationTag when present, else the first ModelTiepoint with
 * ModelPixelScale. With {@code GTRasterTypeGeoKey = PixelIsPoint} the origin is moved back by half a
 * cell, as GDAL does by default ({@code GTIFF_POINT_GEO_IGNORE=NO}), so transforms match gdalinfo.
 *
 * <p>CRS: {@code ProjectedCSTypeGeoKey} or {@code GeographicTypeGeoKey} gives an EPSG code. A
 * user-defined projected CRS whose projection key is a UTM zone on WGS 84 or ETRS89 gets that zone's
 * EPSG code. Other user-defined CRSs become a CRS with no EPSG code and a WKT 1 that plinth writes from
 * the keys: for a geographic CRS, or a Transverse Mercator projection (a UTM projection key on another
 * datum, or CT_TransverseMercator with its parameters), in metres, with the ellipsoid, citation names
 * and parameters; for other projections and units only the citation is kept ({@link Crs#unknown()} plus
 * {@link Georeference#citation()}). A citation of the form {@code ESRI PE String = <WKT>} (GDAL writes
 * this for CRSs it cannot express as keys) is parsed as WKT.
 */
final class GeoKeys {
    static final int GT_MODEL_TYPE = 1024;
    static final int GT_RASTER_TYPE = 1025;
    static final int GT_CITATION = 1026;
    static final int GEOGRAPHIC_TYPE = 2048;
    static final int GEOG_CITATION = 2049;
    static final int GEOG_DATUM = 2050;
    static final int GEOG_ELLIPSOID = 2056;
    static final int GEOG_SEMI_MAJOR = 2057;
    static final int GEOG_SEMI_MINOR = 2058;
    static final int GEOG_INV_FLATTENING = 2059;
    static final int PROJECTED_CS_TYPE = 3072;
    static final int PCS_CITATION = 3073;
    static final int PROJECTION = 3074;
    static final int PROJ_COORD_TRANS = 3075;
    static final int PROJ_LINEAR_UNITS = 3076;
    static final int PROJ_NAT_ORIGIN_LONG = 3080;
    static final int PROJ_NAT_ORIGIN_LAT = 3081;
    static final int PROJ_FALSE_EASTING = 3082;
    static final int PROJ_FALSE_NORTHING = 3083;
    static final int PROJ_CENTER_LONG = 3088;
    static final int PROJ_SCALE_AT_NAT_ORIGIN = 3092;
    static final int PROJ_SCALE_AT_CENTER = 3093;

    static final int MODEL_PROJECTED = 1;
    static final int MODEL_GEOGRAPHIC = 2;
    static final int RASTER_PIXEL_IS_AREA = 1;
    static final int RASTER_PIXEL_IS_POINT = 2;
    static final int USER_DEFINED = 32767;
    /** EPSG code of the metre, the default of ProjLinearUnitsGeoKey. */
    static final int METRE = 9001;
    private static final String ESRI_PE = "ESRI PE String = ";

    /** The georeferencing of a GeoTIFF. */
    record Georeference(GeoTransform transform, Crs crs, PixelAnchor anchor, String citation) {
    }

    private final String name;
    private final Map<Integer, Object> keys = new HashMap<>();

    private GeoKeys(String name) {
        this.name = name;
    }

    static Georeference read(TiffDirectory dir) {
        return read(dir, true);
    }

    /**
     * The georeferencing of a GeoTIFF; when {@code required} is false, one without any (no model
     * transformation, tie point or pixel scale) gets GDAL's default transform instead of a refusal:
     * origin (0, 0), cells 1 × 1, y growing with the row, which gives cell coordinates (column, row), as
     * gdalinfo shows such a file. Files georeferenced by ground control points are refused either way.
     */
    static Georeference read(TiffDirectory dir, boolean required) {
        GeoKeys k = new GeoKeys(dir.name());
        k.parseDirectory(dir);
        boolean point = k.shortKey(GT_RASTER_TYPE, RASTER_PIXEL_IS_AREA) == RASTER_PIXEL_IS_POINT;
        if (!required && !isGeoreferenced(dir)) {
            return new Georeference(new GeoTransform(0, 1, 0, 0, 0, 1), k.crs(k.citation()), PixelAnchor.CORNER,
                    k.citation());
        }
        GeoTransform t = transform(dir, point);
        String citation = k.citation();
        return new Georeference(t, k.crs(citation), point ? PixelAnchor.CENTER : PixelAnchor.CORNER, citation);
    }

    private void parseDirectory(TiffDirectory dir) {
        long[] d = dir.longs(TiffTag.GEO_KEY_DIRECTORY);
        if (d == null) {
            return;
        }
        if (d.length < 4 || d.length < 4 + 4 * d[3]) {
            throw new InvalidInputException(name + ": corrupt GeoKeyDirectoryTag (" + d.length + " values)");
        }
        double[] doubles = dir.doubles(TiffTag.GEO_DOUBLE_PARAMS);
        String ascii = dir.ascii(TiffTag.GEO_ASCII_PARAMS);
        for (int i = 0; i < d[3]; i++) {
            int at = 4 + 4 * i;
            int id = (int) d[at];
            int location = (int) d[at + 1];
            int count = (int) d[at + 2];
            int value = (int) d[at + 3];
            if (location == 0) {
                keys.put(id, (int) d[at + 3]);
            } else if (location == TiffTag.GEO_DOUBLE_PARAMS && doubles != null && value + count <= doubles.length
                    && count > 0) {
                keys.put(id, doubles[value]);
            } else if (location == TiffTag.GEO_ASCII_PARAMS && ascii != null && value + count <= ascii.length()) {
                String s = ascii.substring(value, value + count);
                int end = s.length();
                while (end > 0 && (s.charAt(end - 1) == '|' || s.charAt(end - 1) == 0)) {
                    end--;
                }
                keys.put(id, s.substring(0, end));
            } else if (location == TiffTag.GEO_KEY_DIRECTORY && value < d.length) {
                keys.put(id, (int) d[value]);
            }
        }
    }

    private int shortKey(int id, int fallback) {
        return keys.get(id) instanceof Integer i ? i : fallback;
    }

    private double doubleKey(int id) {
        return keys.get(id) instanceof Double v ? v : Double.NaN;
    }

    private String asciiKey(int id) {
        return keys.get(id) instanceof String s && !s.isBlank() ? s : null;
    }

    private String citation() {
        for (int id : new int[] {PCS_CITATION, GT_CITATION, GEOG_CITATION}) {
            String s = asciiKey(id);
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    /** True when the file has a transform to georeferenced space, or ground control points. */
    static boolean isGeoreferenced(TiffDirectory dir) {
        double[] m = dir.doubles(TiffTag.MODEL_TRANSFORMATION);
        double[] tie = dir.doubles(TiffTag.MODEL_TIEPOINT);
        double[] scale = dir.doubles(TiffTag.MODEL_PIXEL_SCALE);
        return m != null && m.length >= 16 || tie != null && tie.length >= 6 && scale != null && scale.length >= 2
                || tie != null && tie.length >= 12;
    }

    private static GeoTransform transform(TiffDirectory dir, boolean point) {
        double[] m = dir.doubles(TiffTag.MODEL_TRANSFORMATION);
        double[] tie = dir.doubles(TiffTag.MODEL_TIEPOINT);
        double[] scale = dir.doubles(TiffTag.MODEL_PIXEL_SCALE);
        double[] gt;
        if (m != null && m.length >= 16) {
            gt = new double[] {m[3], m[0], m[1], m[7], m[4], m[5]};
        } else if (tie != null && tie.length >= 6 && scale != null && scale.length >= 2) {
            gt = new double[] {tie[3] - tie[0] * scale[0], scale[0], 0, tie[4] + tie[1] * scale[1], 0, -scale[1]};
        } else if (tie != null && tie.length >= 12) {
            throw new InvalidInputException(dir.name() + ": georeferenced by " + tie.length / 6
                    + " ground control points, not a geotransform; warp it first (gdalwarp)");
        } else {
            throw new InvalidInputException(dir.name() + ": no georeferencing (needs ModelPixelScaleTag and "
                    + "ModelTiepointTag, or ModelTransformationTag)");
        }
        if (point) {
            gt[0] -= gt[1] * 0.5 + gt[2] * 0.5;
            gt[3] -= gt[4] * 0.5 + gt[5] * 0.5;
        }
        try {
            return new GeoTransform(gt[0], gt[1], gt[2], gt[3], gt[4], gt[5]);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(dir.name() + ": invalid georeferencing (" + e.getMessage() + ")", e);
        }
    }

    private Crs crs(String citation) {
        int model = shortKey(GT_MODEL_TYPE, 0);
        if (citation != null && citation.startsWith(ESRI_PE)) {
            try {
                return EsriWkt.parse(citation.substring(ESRI_PE.length()));
            } catch (IllegalArgumentException e) {
                // Not parseable: fall through to the keys.
            }
        }
        if (model == MODEL_GEOGRAPHIC) {
            int code = shortKey(GEOGRAPHIC_TYPE, 0);
            if (code > 0 && code != USER_DEFINED) {
                return epsg(code, true);
            }
            return userGeographic();
        }
        if (model == MODEL_PROJECTED) {
            int code = shortKey(PROJECTED_CS_TYPE, 0);
            if (code > 0 && code != USER_DEFINED) {
                int units = shortKey(PROJ_LINEAR_UNITS, METRE);
                Crs c = epsg(code, false);
                return units == METRE ? c : c.withLinearUnit(unitName(units), metresPerUnit(units));
            }
            return userProjected();
        }
        return Crs.unknown();
    }

    /** Names of the EPSG length units GeoTIFFs use (ProjLinearUnitsGeoKey). */
    private static String unitName(int code) {
        return switch (code) {
            case METRE -> "metre";
            case 9002 -> "foot";
            case 9003 -> "US survey foot";
            case 9005 -> "Clarke's foot";
            case 9036 -> "kilometre";
            case 9096 -> "yard";
            default -> "the unit of EPSG code " + code;
        };
    }

    /** The EPSG code of a length unit of {@code metres} metres that plinth knows, else the metre's. */
    private static int unitCode(double metres) {
        for (int code : new int[] {9002, 9003, 9005, 9036, 9096}) {
            if (metresPerUnit(code) == metres) {
                return code;
            }
        }
        return METRE;
    }

    /** Metres per EPSG length unit; NaN for one plinth does not know. */
    private static double metresPerUnit(int code) {
        return switch (code) {
            case METRE -> 1.0;
            case 9002 -> 0.3048;
            case 9003 -> 1200.0 / 3937.0;
            case 9005 -> 0.3047972654;
            case 9036 -> 1000.0;
            case 9096 -> 0.9144;
            default -> Double.NaN;
        };
    }

    /** An EPSG CRS, trusting the model type for geographic-ness where plinth's table does not know the code. */
    private static Crs epsg(int code, boolean geographic) {
        Crs c = Crs.epsg(code);
        return c.isGeographic() == geographic ? c
                : Crs.of(code, null, geographic, c.semiMajorAxis(), c.inverseFlattening());
    }

    /** Semi-major axis and inverse flattening from the keys, the ellipsoid or datum code, or the EPSG base CRS. */
    private double[] ellipsoid() {
        double a = doubleKey(GEOG_SEMI_MAJOR);
        double rf = doubleKey(GEOG_INV_FLATTENING);
        double b = doubleKey(GEOG_SEMI_MINOR);
        if (a > 0 && Double.isNaN(rf) && b > 0) {
            rf = a == b ? 0 : a / (a - b);
        }
        if (a > 0 && rf >= 0) {
            return new double[] {a, rf};
        }
        int datum = shortKey(GEOG_DATUM, 0);
        int datumEllipsoid = switch (datum) {
            case 6326 -> 7030;
            case 6258, 6269, 6674 -> 7019;
            case 6284 -> 7024;
            default -> 0;
        };
        double[] known = ellipsoidOfCode(shortKey(GEOG_ELLIPSOID, 0));
        if (known == null) {
            known = ellipsoidOfCode(datumEllipsoid);
        }
        if (known != null) {
            return known;
        }
        int geog = shortKey(GEOGRAPHIC_TYPE, 0);
        if (geog > 0 && geog != USER_DEFINED) {
            Crs c = Crs.epsg(geog);
            return new double[] {c.semiMajorAxis(), c.inverseFlattening()};
        }
        return null;
    }

    /** Axes of the EPSG ellipsoids plinth meets most: WGS 84, GRS 1980, Krassowsky, International, Bessel, Clarke 1866. */
    private static double[] ellipsoidOfCode(int code) {
        return switch (code) {
            case 7030 -> new double[] {6378137.0, 298.257223563};
            case 7019 -> new double[] {6378137.0, 298.257222101};
            case 7024 -> new double[] {6378245.0, 298.3};
            case 7022 -> new double[] {6378388.0, 297.0};
            case 7004 -> new double[] {6377397.155, 299.1528128};
            case 7008 -> new double[] {6378206.4, 294.978698213898};
            default -> null;
        };
    }

    private String geogcs(double[] ellipsoid) {
        String geogName = esriName(asciiKey(GEOG_CITATION), "GCS Name = ");
        return "GEOGCS[\"" + quote(geogName) + "\",DATUM[\"" + quote(geogName) + "\",SPHEROID[\"ellipsoid\","
                + num(ellipsoid[0]) + "," + num(ellipsoid[1]) + "]],PRIMEM[\"Greenwich\",0],"
                + "UNIT[\"degree\",0.0174532925199433]]";
    }

    private Crs userGeographic() {
        double[] e = ellipsoid();
        if (e == null) {
            return Crs.unknown();
        }
        return Crs.of(null, geogcs(e), true, e[0], e[1]);
    }

    private Crs userProjected() {
        int projection = shortKey(PROJECTION, 0);
        int geog = shortKey(GEOGRAPHIC_TYPE, 0);
        int zone = projection % 100;
        if (projection >= 16001 && projection <= 16060 && (geog == 4326 || geog == 4258)) {
            return Crs.epsg((geog == 4326 ? 32600 : 25800) + zone);
        }
        if (projection >= 16101 && projection <= 16160 && geog == 4326) {
            return Crs.epsg(32700 + zone);
        }
        double[] e = ellipsoid();
        int units = shortKey(PROJ_LINEAR_UNITS, METRE);
        boolean utm = (projection >= 16001 && projection <= 16060) || (projection >= 16101 && projection <= 16160);
        if (e == null || units != METRE || (!utm && shortKey(PROJ_COORD_TRANS, 0) != 1)) {
            return Crs.unknown();
        }
        double lon0 = utm ? zone * 6 - 183 : first(doubleKey(PROJ_NAT_ORIGIN_LONG), doubleKey(PROJ_CENTER_LONG), 0);
        double lat0 = utm ? 0 : first(doubleKey(PROJ_NAT_ORIGIN_LAT), 0, 0);
        double k = utm ? 0.9996 : first(doubleKey(PROJ_SCALE_AT_NAT_ORIGIN), doubleKey(PROJ_SCALE_AT_CENTER), 1);
        double fe = utm ? 500000 : first(doubleKey(PROJ_FALSE_EASTING), 0, 0);
        double fn = utm ? (projection > 16100 ? 10000000 : 0) : first(doubleKey(PROJ_FALSE_NORTHING), 0, 0);
        String projName = esriName(asciiKey(PCS_CITATION) != null ? asciiKey(PCS_CITATION) : asciiKey(GT_CITATION),
                "PCS Name = ");
        String wkt = "PROJCS[\"" + quote(projName) + "\"," + geogcs(e)
                + ",PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"latitude_of_origin\"," + num(lat0)
                + "],PARAMETER[\"central_meridian\"," + num(lon0) + "],PARAMETER[\"scale_factor\"," + num(k)
                + "],PARAMETER[\"false_easting\"," + num(fe) + "],PARAMETER[\"false_northing\"," + num(fn)
                + "],UNIT[\"metre\",1]]";
        return Crs.of(null, wkt, false, e[0], e[1]);
    }

    /** A citation, or the part after {@code label} up to '|' in ESRI-style "GCS Name = ...|Datum = ..." citations. */
    private static String esriName(String citation, String label) {
        if (citation == null) {
            return "unnamed";
        }
        int at = citation.indexOf(label);
        if (at < 0) {
            return citation;
        }
        int end = citation.indexOf('|', at);
        return citation.substring(at + label.length(), end < 0 ? citation.length() : end);
    }

    private static double first(double a, double b, double fallback) {
        return !Double.isNaN(a) ? a : !Double.isNaN(b) ? b : fallback;
    }

    private static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%.0f", v) : Double.toString(v);
    }

    private static String quote(String s) {
        return s.replace("\"", "'");
    }
    /**
     * Writes the transform (ModelPixelScale and ModelTiepoint when north-up, else
     * ModelTransformation) and the CRS keys, PixelIsArea. An EPSG code becomes
     * {@code GeographicTypeGeoKey} or {@code ProjectedCSTypeGeoKey}; a CRS known only by WKT becomes a
     * user-defined model type (32767) with the citation {@code ESRI PE String = <WKT>} in
     * PCSCitationGeoKey, which GDAL reads back as that WKT (the ESRI convention); an
     * unknown CRS writes no CRS keys.
     */
    static void write(IfdWriter ifd, GeoTransform t, Crs crs) {
        // ModelPixelScale holds positive scales only (GDAL reads a negative one as north-up, with a warning):
        // south-up or mirrored grids, like rotated ones, get the full ModelTransformation
        if (t.rotationX() == 0 && t.rotationY() == 0 && t.pixelWidth() > 0 && t.pixelHeight() < 0) {
            ifd.doubles(TiffTag.MODEL_PIXEL_SCALE, t.pixelWidth(), -t.pixelHeight(), 0);
            ifd.doubles(TiffTag.MODEL_TIEPOINT, 0, 0, 0, t.originX(), t.originY(), 0);
        } else {
            ifd.doubles(TiffTag.MODEL_TRANSFORMATION, t.pixelWidth(), t.rotationX(), 0, t.originX(),
                    t.rotationY(), t.pixelHeight(), 0, t.originY(), 0, 0, 0, 0, 0, 0, 0, 1);
        }
        List<int[]> entries = new ArrayList<>();
        String ascii = null;
        boolean geographic = crs.isGeographic();
        int epsg = crs.epsgCode().orElse(0);
        if (epsg > 0 && epsg < USER_DEFINED) {
            entries.add(new int[] {GT_MODEL_TYPE, 0, 1, geographic ? MODEL_GEOGRAPHIC : MODEL_PROJECTED});
            entries.add(new int[] {GT_RASTER_TYPE, 0, 1, RASTER_PIXEL_IS_AREA});
            entries.add(new int[] {geographic ? GEOGRAPHIC_TYPE : PROJECTED_CS_TYPE, 0, 1, epsg});
            int unit = geographic ? METRE : unitCode(crs.metresPerUnit());
            if (unit != METRE) {
                // as GDAL writes it, so that a reader without an EPSG database still knows the unit
                entries.add(new int[] {PROJ_LINEAR_UNITS, 0, 1, unit});
            }
        } else if (crs.wkt().isPresent()) {
            ascii = ESRI_PE + crs.wkt().get() + "|";
            entries.add(new int[] {GT_MODEL_TYPE, 0, 1, USER_DEFINED});
            entries.add(new int[] {GT_RASTER_TYPE, 0, 1, RASTER_PIXEL_IS_AREA});
            entries.add(new int[] {PCS_CITATION, TiffTag.GEO_ASCII_PARAMS, ascii.length(), 0});
        } else {
            entries.add(new int[] {GT_RASTER_TYPE, 0, 1, RASTER_PIXEL_IS_AREA});
        }
        int[] dir = new int[4 + 4 * entries.size()];
        dir[0] = 1;
        dir[1] = 1;
        dir[2] = 0;
        dir[3] = entries.size();
        for (int i = 0; i < entries.size(); i++) {
            System.arraycopy(entries.get(i), 0, dir, 4 + 4 * i, 4);
        }
        ifd.shorts(TiffTag.GEO_KEY_DIRECTORY, dir);
        if (ascii != null) {
            ifd.ascii(TiffTag.GEO_ASCII_PARAMS, ascii);
        }
    }
}
