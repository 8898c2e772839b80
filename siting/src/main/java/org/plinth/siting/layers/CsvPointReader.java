package org.plinth.siting.layers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.plinth.raster.Crs;
import org.plinth.siting.BadInputException;

/**
 * Reads points from a CSV file (RFC 4180: comma separated, double-quoted fields may hold commas,
 * quotes and line breaks) with a header row and longitude/latitude columns in EPSG:4326.
 *
 * <p>The columns are the ones named, or else the first header among {@code lon, longitude, lng, x}
 * and {@code lat, latitude, y} (case-insensitive). Every other column becomes a text attribute,
 * or a number when the whole field parses as one.
 */
final class CsvPointReader {
    private static final List<String> LON_NAMES = List.of("lon", "longitude", "lng", "x");
    private static final List<String> LAT_NAMES = List.of("lat", "latitude", "y");

    private CsvPointReader() {
    }

    static VectorLayer read(Path file, String name, String lonField, String latField) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read file: " + e.getMessage(), e);
        }
        List<List<String>> rows = parse(text, file);
        if (rows.isEmpty()) {
            throw new BadInputException(file + ": the CSV file is empty (a header row is required)");
        }
        List<String> header = rows.get(0);
        int lon = column(header, lonField, LON_NAMES, file, "longitude");
        int lat = column(header, latField, LAT_NAMES, file, "latitude");
        GeometryFactory gf = new GeometryFactory();
        List<Feature> features = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue;
            }
            if (row.size() != header.size()) {
                throw new BadInputException(file + ": row " + (r + 1) + " has " + row.size()
                        + " fields, the header has " + header.size());
            }
            // longitudes may pass ±180 up to a turn, as in the other vector formats (see Positions)
            double x = coordinate(row.get(lon), file, r, header.get(lon), -360, 360);
            double y = coordinate(row.get(lat), file, r, header.get(lat), -90, 90);
            Map<String, Object> props = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                if (c != lon && c != lat) {
                    props.put(header.get(c), value(row.get(c)));
                }
            }
            features.add(new Feature(gf.createPoint(new Coordinate(x, y)), props));
        }
        return new VectorLayer(name, file, Crs.epsg(4326), features);
    }

    private static int column(List<String> header, String wanted, List<String> defaults, Path file, String what) {
        if (wanted != null) {
            int i = header.indexOf(wanted);
            if (i < 0) {
                throw new BadInputException(file + ": no column '" + wanted + "' for the " + what
                        + " (columns: " + String.join(", ", header) + ")");
            }
            return i;
        }
        for (String d : defaults) {
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).trim().toLowerCase(Locale.ROOT).equals(d)) {
                    return i;
                }
            }
        }
        throw new BadInputException(file + ": no " + what + " column (looked for " + String.join(", ", defaults)
                + "; columns: " + String.join(", ", header) + ")");
    }

    private static double coordinate(String s, Path file, int row, String col, double min, double max) {
        double v;
        try {
            v = Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            throw new BadInputException(file + ": row " + (row + 1) + ", column '" + col
                    + "': not a number: '" + s + "'");
        }
        if (!(v >= min && v <= max)) {
            throw new BadInputException(file + ": row " + (row + 1) + ", column '" + col
                    + "': " + v + " is outside " + min + ".." + max);
        }
        return v;
    }

    private static Object value(String s) {
        String t = s.trim();
        if (t.isEmpty()) {
            return null;
        }
        if (t.matches("[-+]?\\d{1,18}")) {
            return Long.parseLong(t);
        }
        if (t.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
            return Double.parseDouble(t);
        }
        return s;
    }

    /** RFC 4180 parsing into rows of fields. */
    static List<List<String>> parse(String text, Path file) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        int line = 1;
        for (; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    field.append(ch);
                }
            } else if (ch == '"' && field.length() == 0) {
                quoted = true;
            } else if (ch == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(ch);
            }
        }
        if (quoted) {
            throw new BadInputException(file + ": unterminated quoted field at line " + line);
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
