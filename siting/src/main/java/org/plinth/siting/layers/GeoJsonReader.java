package org.plinth.siting.layers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.plinth.raster.Crs;
import org.plinth.siting.BadInputException;

/**
 * Reads GeoJSON (RFC 7946) FeatureCollections, single Features and bare geometries into a
 * {@link VectorLayer}. The CRS is EPSG:4326 unless the file carries the pre-RFC {@code crs} member
 * with an EPSG name ({@code EPSG:32637}, {@code urn:ogc:def:crs:EPSG::32637}); the OGC CRS84 name
 * means EPSG:4326 in lon/lat order. Features with a null geometry are skipped.
 */
final class GeoJsonReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern EPSG = Pattern.compile("EPSG:(?:[0-9.]*:)?(\\d+)$", Pattern.CASE_INSENSITIVE);

    private final Path file;
    private final GeometryFactory factory = new GeometryFactory();

    /** Whether the layer's CRS is geographic, so that positions are longitude, latitude (set before any is read). */
    private boolean lonLat;

    private GeoJsonReader(Path file) {
        this.file = file;
    }

    static VectorLayer read(Path file, String name) {
        return new GeoJsonReader(file).readLayer(name);
    }

    private VectorLayer readLayer(String name) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            throw new BadInputException(file + ": not valid JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + withoutSource(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read file: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new BadInputException(file + ": not a GeoJSON object");
        }
        Crs crs = crsOf(root);
        lonLat = crs.isGeographic();
        List<Feature> features = new ArrayList<>();
        String type = root.path("type").asText("");
        switch (type) {
            case "FeatureCollection" -> {
                JsonNode arr = root.path("features");
                if (!arr.isArray()) {
                    throw new BadInputException(file + ": FeatureCollection without a 'features' array");
                }
                int i = 0;
                for (JsonNode f : arr) {
                    addFeature(f, i++, features);
                }
            }
            case "Feature" -> addFeature(root, 0, features);
            default -> features.add(new Feature(geometry(root, 0), Map.of()));
        }
        return new VectorLayer(name, file, crs, features);
    }

    private void addFeature(JsonNode f, int index, List<Feature> out) {
        JsonNode g = f.get("geometry");
        if (g == null || g.isNull()) {
            return;
        }
        Map<String, Object> props = new LinkedHashMap<>();
        JsonNode p = f.get("properties");
        if (p != null && p.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = p.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                props.put(e.getKey(), scalar(e.getValue()));
            }
        }
        out.add(new Feature(geometry(g, index), props));
    }

    private static Object scalar(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isIntegralNumber()) {
            return v.asLong();
        }
        if (v.isNumber()) {
            return v.asDouble();
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        return v.isValueNode() ? v.asText() : v.toString();
    }

    private Crs crsOf(JsonNode root) {
        JsonNode crs = root.path("crs");
        if (crs.isMissingNode() || crs.isNull()) {
            return Crs.epsg(4326);
        }
        JsonNode name = crs.path("properties").path("name");
        if (!"name".equals(crs.path("type").asText()) || !name.isTextual()) {
            // e.g. a "link" CRS pointing at a .prj file: reading it as lon/lat would misplace every feature
            throw new BadInputException(file + ": unsupported 'crs' member of type '" + crs.path("type").asText()
                    + "' (use {\"type\": \"name\", \"properties\": {\"name\": \"EPSG:<code>\"}} or omit it for WGS 84)");
        }
        String n = name.asText();
        if (n.toUpperCase().endsWith("CRS84")) {
            return Crs.epsg(4326);
        }
        Matcher m = EPSG.matcher(n);
        if (!m.find()) {
            throw new BadInputException(file + ": unsupported CRS name '" + n + "' (use an EPSG code)");
        }
        try {
            return Crs.epsg(Integer.parseInt(m.group(1)));
        } catch (RuntimeException e) {
            throw new BadInputException(file + ": crs '" + n + "': " + e.getMessage(), e);
        }
    }

    /** Jackson appends "(start marker at [Source: ...])", which says nothing to a user. */
    private static String withoutSource(String message) {
        return message.replaceAll("\\s*\\([^()]*\\[Source:.*$", "");
    }

    private Geometry geometry(JsonNode g, int index) {
        String type = g.path("type").asText("");
        JsonNode c = g.get("coordinates");
        try {
            return switch (type) {
                case "Point" -> factory.createPoint(coordinate(c));
                case "MultiPoint" -> factory.createMultiPoint(points(c));
                case "LineString" -> factory.createLineString(coordinates(c));
                case "MultiLineString" -> factory.createMultiLineString(lines(c));
                case "Polygon" -> polygon(c);
                case "MultiPolygon" -> {
                    Polygon[] polys = new Polygon[c.size()];
                    for (int i = 0; i < polys.length; i++) {
                        polys[i] = polygon(c.get(i));
                    }
                    yield factory.createMultiPolygon(polys);
                }
                case "GeometryCollection" -> {
                    JsonNode gs = g.path("geometries");
                    Geometry[] parts = new Geometry[gs.size()];
                    for (int i = 0; i < parts.length; i++) {
                        parts[i] = geometry(gs.get(i), index);
                    }
                    yield factory.createGeometryCollection(parts);
                }
                default -> throw new BadInputException(file + ": feature " + index
                        + " has unsupported geometry type '" + type + "'");
            };
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BadInputException(file + ": feature " + index + " has an invalid " + type
                    + " geometry: " + e.getMessage(), e);
        }
    }

    private Coordinate coordinate(JsonNode c) {
        if (c == null || !c.isArray() || c.size() < 2 || !c.get(0).isNumber() || !c.get(1).isNumber()) {
            throw new IllegalArgumentException("a position must be [x, y], was " + c);
        }
        double x = c.get(0).asDouble();
        double y = c.get(1).asDouble();
        String problem = Positions.problem(x, y, lonLat);
        if (problem != null) {
            throw new IllegalArgumentException(problem + ", was " + c);
        }
        return new Coordinate(x, y);
    }

    private Coordinate[] coordinates(JsonNode c) {
        Coordinate[] cs = new Coordinate[c.size()];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = coordinate(c.get(i));
        }
        return cs;
    }

    private Point[] points(JsonNode c) {
        Point[] ps = new Point[c.size()];
        for (int i = 0; i < ps.length; i++) {
            ps[i] = factory.createPoint(coordinate(c.get(i)));
        }
        return ps;
    }

    private LineString[] lines(JsonNode c) {
        LineString[] ls = new LineString[c.size()];
        for (int i = 0; i < ls.length; i++) {
            ls[i] = factory.createLineString(coordinates(c.get(i)));
        }
        return ls;
    }

    private Polygon polygon(JsonNode rings) {
        LinearRing shell = factory.createLinearRing(coordinates(rings.get(0)));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = factory.createLinearRing(coordinates(rings.get(i)));
        }
        return factory.createPolygon(shell, holes);
    }
}
