package org.plinth.siting.layers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureResultSet;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.plinth.raster.Crs;
import org.plinth.siting.BadInputException;

/**
 * Reads one feature table of an OGC GeoPackage (the named one, or the only/first one) through NGA's
 * GeoPackage library; geometries travel as WKB into JTS. The table's SRS must be an EPSG code.
 */
final class GeoPackageFeatureReader {
    private GeoPackageFeatureReader() {
    }

    /** The SQLite header, checked first because the driver's error for other files names an SQL statement. */
    private static boolean isSqlite(Path file) {
        byte[] magic = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(magic.length), magic);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read file: " + e.getMessage(), e);
        }
    }

    static VectorLayer read(Path file, String name, String table) {
        if (!isSqlite(file)) {
            throw new BadInputException(file + ": not a GeoPackage (the file is not an SQLite database)");
        }
        GeoPackage gpkg;
        try {
            gpkg = GeoPackageManager.open(file.toFile(), false);
        } catch (RuntimeException e) {
            throw new BadInputException(file + ": not a readable GeoPackage: " + e.getMessage(), e);
        }
        try (gpkg) {
            List<String> tables = gpkg.getFeatureTables();
            if (tables.isEmpty()) {
                throw new BadInputException(file + ": the GeoPackage has no feature table");
            }
            String t = table != null ? table : tables.get(0);
            if (!tables.contains(t)) {
                throw new BadInputException(file + ": no feature table '" + t + "' (tables: "
                        + String.join(", ", tables) + ")");
            }
            FeatureDao dao = gpkg.getFeatureDao(t);
            Crs crs = crsOf(dao.getSrs(), file);
            String geomColumn = dao.getGeometryColumnName();
            List<Feature> features = new ArrayList<>();
            WKBReader wkb = new WKBReader();
            FeatureResultSet rs = dao.queryForAll();
            try {
                while (rs.moveToNext()) {
                    FeatureRow row = rs.getRow();
                    GeoPackageGeometryData data = row.getGeometry();
                    if (data == null || data.getGeometry() == null) {
                        continue;
                    }
                    Geometry g = wkb.read(data.getWkb());
                    for (Coordinate c : g.getCoordinates()) {
                        String problem = Positions.problem(c.x, c.y, crs.isGeographic());
                        if (problem != null) {
                            throw new BadInputException(file + ": table '" + t + "', feature with fid " + row.getId()
                                    + ": " + problem + ", was (" + c.x + ", " + c.y + ")");
                        }
                    }
                    Map<String, Object> props = new LinkedHashMap<>();
                    for (String col : row.getColumnNames()) {
                        if (!col.equals(geomColumn) && !col.equals(dao.getPkColumnName())) {
                            props.put(col, row.getValue(col));
                        }
                    }
                    features.add(new Feature(g, props));
                }
            } catch (ParseException | IOException e) {
                throw new BadInputException(file + ": table '" + t + "' has a corrupt geometry: " + e.getMessage(), e);
            } finally {
                rs.close();
            }
            return new VectorLayer(name, file, crs, features);
        }
    }

    private static Crs crsOf(SpatialReferenceSystem srs, Path file) {
        if (srs == null || srs.getOrganization() == null || !"EPSG".equalsIgnoreCase(srs.getOrganization())
                || srs.getOrganizationCoordsysId() <= 0) {
            throw new BadInputException(file + ": the feature table's spatial reference system has no EPSG code"
                    + (srs == null ? "" : " (srs_id " + srs.getSrsId() + ", " + srs.getOrganization() + ")"));
        }
        return Crs.epsg((int) srs.getOrganizationCoordsysId());
    }
}
