package org.plinth.raster.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plinth.raster.Crs;

/**
 * Reads the facts plinth needs from a WKT 1 CRS as ESRI writes it in {@code .prj} files (and GDAL in
 * GeoTIFF "ESRI PE String" citations): geographic or projected, the ellipsoid, and an EPSG code when
 * the WKT carries an {@code AUTHORITY} or names a CRS plinth recognises: WGS 84 ({@code GCS_WGS_1984},
 * {@code WGS 84}) and the WGS 84 and ETRS89 UTM zones ({@code WGS_1984_UTM_Zone_36N},
 * {@code WGS 84 / UTM zone 36N}, {@code ETRS_1989_UTM_Zone_32N}). Anything else keeps the WKT with no
 * EPSG code.
 */
final class EsriWkt {
    private static final Pattern WGS84_UTM = Pattern.compile(
            "WGS[ _]?(?:19)?84[ _/]+UTM[ _]zone[ _](\\d{1,2})([NS])", Pattern.CASE_INSENSITIVE);
    private static final Pattern ETRS89_UTM = Pattern.compile(
            "ETRS[ _]?(?:19)?89[ _/]+UTM[ _]zone[ _](\\d{1,2})N", Pattern.CASE_INSENSITIVE);

    private EsriWkt() {
    }

    /** A parsed WKT node: keyword and arguments (strings, numbers as strings, or child nodes). */
    record Node(String keyword, List<Object> args) {
        Node child(String... keywords) {
            for (Object a : args) {
                if (a instanceof Node n) {
                    for (String k : keywords) {
                        if (n.keyword.equalsIgnoreCase(k)) {
                            return n;
                        }
                    }
                }
            }
            return null;
        }

        /** Depth-first search for the first node with one of the keywords. */
        Node find(String... keywords) {
            Node direct = child(keywords);
            if (direct != null) {
                return direct;
            }
            for (Object a : args) {
                if (a instanceof Node n) {
                    Node f = n.find(keywords);
                    if (f != null) {
                        return f;
                    }
                }
            }
            return null;
        }

        String text(int i) {
            return i < args.size() && !(args.get(i) instanceof Node) ? (String) args.get(i) : null;
        }

        double number(int i) {
            String t = text(i);
            return t == null ? Double.NaN : Double.parseDouble(t);
        }
    }

    /**
     * The CRS a WKT describes.
     *
     * @throws IllegalArgumentException when the text is not WKT
     */
    static Crs parse(String wkt) {
        String text = wkt.strip();
        Node root = new Parser(text).node();
        String kw = root.keyword().toUpperCase(Locale.ROOT);
        boolean geographic = kw.equals("GEOGCS") || kw.equals("GEOGCRS") || kw.equals("GEODCRS");
        if (!geographic && !kw.equals("PROJCS") && !kw.equals("PROJCRS")) {
            throw new IllegalArgumentException("WKT of a " + root.keyword() + " is not a geographic or projected CRS");
        }
        double a = 6378137.0;
        double rf = 298.257223563;
        Node spheroid = root.find("SPHEROID", "ELLIPSOID");
        if (spheroid != null && spheroid.number(1) > 0) {
            a = spheroid.number(1);
            rf = spheroid.number(2);
        }
        Integer epsg = authority(root);
        if (epsg == null) {
            epsg = byName(root, geographic, a, rf);
        }
        Crs crs;
        if (epsg != null) {
            Crs known = Crs.epsg(epsg);
            crs = Crs.of(epsg, text, geographic, known.semiMajorAxis(), known.inverseFlattening());
        } else {
            crs = Crs.of(null, text, geographic, a, rf);
        }
        // A projected CRS's own UNIT (WKT 1) or LENGTHUNIT (WKT 2, also inside each AXIS, as PROJ writes it);
        // the geographic base's and the ellipsoid's are nested deeper and not looked at.
        Node unit = geographic ? null : root.child("UNIT", "LENGTHUNIT");
        for (Object arg : geographic || unit != null ? java.util.List.of() : root.args()) {
            if (arg instanceof Node axis && axis.keyword().equalsIgnoreCase("AXIS")) {
                unit = axis.child("LENGTHUNIT", "UNIT");
                if (unit != null) {
                    break;
                }
            }
        }
        if (unit != null && unit.text(0) != null && !(unit.number(1) == 1.0)) {
            crs = crs.withLinearUnit(unit.text(0).replace('_', ' '), unit.number(1) > 0 ? unit.number(1) : Double.NaN);
        }
        return crs;
    }

    private static Integer authority(Node root) {
        Node id = root.child("AUTHORITY", "ID");
        if (id != null && "EPSG".equalsIgnoreCase(id.text(0)) && id.text(1) != null) {
            try {
                return Integer.valueOf(id.text(1).strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static Integer byName(Node root, boolean geographic, double a, double rf) {
        String name = root.text(0) == null ? "" : root.text(0);
        Node geog = geographic ? root : root.find("GEOGCS", "BASEGEOGCRS", "GEOGCRS");
        boolean wgs84Datum = geog != null && isWgs84(geog) && a == 6378137.0 && Math.abs(rf - 298.257223563) < 1e-6;
        if (geographic) {
            return wgs84Datum ? 4326 : null;
        }
        Matcher m = WGS84_UTM.matcher(name);
        if (m.find() && wgs84Datum) {
            return utm(m, 32600, 32700);
        }
        m = ETRS89_UTM.matcher(name);
        if (m.find()) {
            return 25800 + Integer.parseInt(m.group(1));
        }
        return null;
    }

    private static Integer utm(Matcher m, int north, int south) {
        int zone = Integer.parseInt(m.group(1));
        if (zone < 1 || zone > 60) {
            return null;
        }
        return (m.group(2).equalsIgnoreCase("N") ? north : south) + zone;
    }

    private static boolean isWgs84(Node geog) {
        Node datum = geog.find("DATUM");
        String name = datum == null ? geog.text(0) : datum.text(0);
        if (name == null) {
            return false;
        }
        String n = name.toUpperCase(Locale.ROOT).replace(" ", "_");
        return n.equals("D_WGS_1984") || n.equals("WGS_1984") || n.equals("WGS_84") || n.equals("WGS84")
                || n.equals("WORLD_GEODETIC_SYSTEM_1984");
    }

    /** Recursive-descent parser for {@code KEYWORD[arg, ...]} with quoted strings and numbers. */
    private static final class Parser {
        private final String s;
        private int pos;

        Parser(String s) {
            this.s = s;
        }

        Node node() {
            skipSpace();
            int start = pos;
            while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) {
                pos++;
            }
            String keyword = s.substring(start, pos);
            skipSpace();
            if (keyword.isEmpty() || pos >= s.length() || (s.charAt(pos) != '[' && s.charAt(pos) != '(')) {
                throw new IllegalArgumentException("not WKT: expected KEYWORD[ at character " + pos);
            }
            char close = s.charAt(pos) == '[' ? ']' : ')';
            pos++;
            List<Object> args = new ArrayList<>();
            while (true) {
                skipSpace();
                if (pos >= s.length()) {
                    throw new IllegalArgumentException("not WKT: unbalanced brackets");
                }
                char c = s.charAt(pos);
                if (c == close) {
                    pos++;
                    return new Node(keyword, args);
                }
                if (c == ',') {
                    pos++;
                } else if (c == '"') {
                    int end = s.indexOf('"', pos + 1);
                    while (end >= 0 && end + 1 < s.length() && s.charAt(end + 1) == '"') {
                        end = s.indexOf('"', end + 2);
                    }
                    if (end < 0) {
                        throw new IllegalArgumentException("not WKT: unterminated string");
                    }
                    args.add(s.substring(pos + 1, end).replace("\"\"", "\""));
                    pos = end + 1;
                } else if (Character.isLetter(c)) {
                    int save = pos;
                    while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) {
                        pos++;
                    }
                    int after = pos;
                    skipSpace();
                    if (pos < s.length() && (s.charAt(pos) == '[' || s.charAt(pos) == '(')) {
                        pos = save;
                        args.add(node());
                    } else {
                        args.add(s.substring(save, after));
                    }
                } else {
                    int from = pos;
                    while (pos < s.length() && ",])".indexOf(s.charAt(pos)) < 0) {
                        pos++;
                    }
                    args.add(s.substring(from, pos).strip());
                }
            }
        }

        private void skipSpace() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }
    }
}
