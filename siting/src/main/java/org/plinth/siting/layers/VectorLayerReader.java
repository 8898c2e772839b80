package org.plinth.siting.layers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.plinth.siting.BadInputException;

/**
 * Reads a vector layer from GeoJSON ({@code .geojson}, {@code .json}), GeoPackage ({@code .gpkg})
 * or CSV with longitude/latitude columns ({@code .csv}). Every layer comes back with a known CRS.
 */
public final class VectorLayerReader {
    private VectorLayerReader() {
    }

    /** Reads with default options: the file's base name as layer name, the first table, lon/lat by header. */
    public static VectorLayer read(Path file) {
        return read(file, Options.DEFAULTS);
    }

    /** Reads with options. */
    public static VectorLayer read(Path file, Options options) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file + ": file not found");
        }
        String fname = file.getFileName().toString();
        String lower = fname.toLowerCase(Locale.ROOT);
        String name = options.name() != null ? options.name() : fname.replaceFirst("\\.[^.]+$", "");
        if (lower.endsWith(".geojson") || lower.endsWith(".json")) {
            return GeoJsonReader.read(file, name);
        }
        if (lower.endsWith(".gpkg")) {
            return GeoPackageFeatureReader.read(file, name, options.table());
        }
        if (lower.endsWith(".csv")) {
            return CsvPointReader.read(file, name, options.lonField(), options.latField());
        }
        throw new BadInputException(file + ": unsupported vector format (use .geojson, .gpkg or .csv)");
    }

    /**
     * Reading options; null means "the default".
     *
     * @param name layer name
     * @param table GeoPackage feature table
     * @param lonField CSV longitude column
     * @param latField CSV latitude column
     */
    public record Options(String name, String table, String lonField, String latField) {
        public static final Options DEFAULTS = new Options(null, null, null, null);

        public Options withName(String n) {
            return new Options(n, table, lonField, latField);
        }
    }
}
