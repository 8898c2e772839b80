package org.plinth.siting.output;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import mil.nga.geopackage.BoundingBox;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.db.TableColumnKey;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.sf.GeometryType;
import mil.nga.sf.Point;
import org.locationtech.jts.geom.Envelope;
import org.plinth.siting.SitingException;
import org.plinth.siting.run.CriterionValue;
import org.plinth.siting.run.SiteRecord;

/**
 * Writes candidate sites as an OGC GeoPackage with one point table {@code sites} in EPSG:4326 and
 * the same attributes as {@link SitesGeoJson}; GDAL's {@code ogrinfo} and QGIS open it.
 */
public final class SitesGeoPackage {
    private SitesGeoPackage() {
    }

    /**
     * Writes the sites; {@code areaLonLat} (the study area's extent in degrees) is the table's extent
     * when there are no sites, so that a GIS zooms to the area rather than to the whole world.
     */
    public static void write(Path file, List<SiteRecord> sites, int gridEpsg, Envelope areaLonLat) {
        GeoPackageManager.create(file.toFile());
        try (GeoPackage gp = GeoPackageManager.open(file.toFile())) {
            SpatialReferenceSystem srs = gp.getSpatialReferenceSystemDao().getOrCreateCode("EPSG", 4326);
            gp.createGeometryColumnsTable();
            GeometryColumns gc = new GeometryColumns();
            gc.setId(new TableColumnKey("sites", "geom"));
            gc.setGeometryType(GeometryType.POINT);
            gc.setZ((byte) 0);
            gc.setM((byte) 0);
            gc.setSrs(srs);
            List<FeatureColumn> cols = new ArrayList<>();
            cols.add(FeatureColumn.createColumn("site_id", GeoPackageDataType.TEXT));
            cols.add(FeatureColumn.createColumn("strategy", GeoPackageDataType.TEXT));
            cols.add(FeatureColumn.createColumn("rank", GeoPackageDataType.INTEGER));
            cols.add(FeatureColumn.createColumn("score", GeoPackageDataType.DOUBLE));
            cols.add(FeatureColumn.createColumn("x", GeoPackageDataType.DOUBLE));
            cols.add(FeatureColumn.createColumn("y", GeoPackageDataType.DOUBLE));
            cols.add(FeatureColumn.createColumn("crs_xy", GeoPackageDataType.TEXT));
            cols.add(FeatureColumn.createColumn("area_m2", GeoPackageDataType.DOUBLE));
            cols.add(FeatureColumn.createColumn("nearest_place", GeoPackageDataType.TEXT));
            cols.add(FeatureColumn.createColumn("nearest_place_m", GeoPackageDataType.DOUBLE));
            if (!sites.isEmpty()) {
                for (CriterionValue v : sites.get(0).values()) {
                    cols.add(FeatureColumn.createColumn(v.key() + "_raw", GeoPackageDataType.DOUBLE));
                    cols.add(FeatureColumn.createColumn(v.key() + "_score", GeoPackageDataType.DOUBLE));
                }
            }
            gp.createFeatureTable(FeatureTableMetadata.create(gc, cols, bounds(sites, areaLonLat)));
            FeatureDao dao = gp.getFeatureDao("sites");
            for (SiteRecord s : sites) {
                FeatureRow row = dao.newRow();
                row.setGeometry(GeoPackageGeometryData.create(srs.getSrsId(), new Point(s.lon(), s.lat())));
                row.setValue("site_id", s.id());
                row.setValue("strategy", s.strategy());
                row.setValue("rank", (long) s.rank());
                row.setValue("score", s.score());
                row.setValue("x", s.x());
                row.setValue("y", s.y());
                row.setValue("crs_xy", "EPSG:" + gridEpsg);
                row.setValue("area_m2", s.areaM2());
                row.setValue("nearest_place", s.nearestPlace());
                row.setValue("nearest_place_m", finiteOrNull(s.nearestPlaceDistance()));
                for (CriterionValue v : s.values()) {
                    row.setValue(v.key() + "_raw", finiteOrNull(v.raw()));
                    row.setValue(v.key() + "_score", finiteOrNull(v.score()));
                }
                dao.create(row);
            }
            // Declare GeoPackage 1.3: the file uses nothing newer, and GDAL 3.6 (Debian 12) warns that
            // 1.4 files "may only be partially supported".
            gp.execSQL("PRAGMA user_version = 10300");
        } catch (SQLException e) {
            throw new SitingException("cannot write GeoPackage " + file + ": " + e.getMessage(), e);
        }
    }

    private static Double finiteOrNull(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static BoundingBox bounds(List<SiteRecord> sites, Envelope areaLonLat) {
        double w = 180, s = 90, e = -180, n = -90;
        for (SiteRecord r : sites) {
            w = Math.min(w, r.lon());
            e = Math.max(e, r.lon());
            s = Math.min(s, r.lat());
            n = Math.max(n, r.lat());
        }
        return sites.isEmpty() ? new BoundingBox(areaLonLat.getMinX(), areaLonLat.getMinY(), areaLonLat.getMaxX(),
                areaLonLat.getMaxY()) : new BoundingBox(w, s, e, n);
    }
}
