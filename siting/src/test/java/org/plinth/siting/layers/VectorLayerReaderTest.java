package org.plinth.siting.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Point;
import org.plinth.raster.Crs;
import org.plinth.siting.BadInputException;

class VectorLayerReaderTest {
    static final Path DATA = Path.of("..", "examples", "kursk", "data");

    @Test
    void readsGeoNamesPlacesWithPopulation() {
        VectorLayer places = VectorLayerReader.read(DATA.resolve("cities500_kursk_bbox.geojson"));
        assertThat(places.features()).hasSize(68);
        assertThat(places.crs()).isEqualTo(Crs.epsg(4326));
        Feature kursk = places.features().stream().filter(f -> "Kursk".equals(f.text("name"))).findFirst().orElseThrow();
        // GeoNames 538560: Kursk, population 440052 in the cities500 dump of 2023
        assertThat(kursk.number("population")).isGreaterThan(400_000);
        Point p = (Point) kursk.geometry();
        assertThat(p.getX()).isCloseTo(36.19, within(0.05));
        assertThat(p.getY()).isCloseTo(51.73, within(0.05));
    }

    @Test
    void readsQuotedCsvWithCommasInsideFields() {
        VectorLayer sites = VectorLayerReader.read(DATA.resolve("sites.csv"));
        assertThat(sites.features()).hasSize(14);
        Feature sudzha = sites.features().get(0);
        assertThat(sudzha.text("id")).isEqualTo("sudzha");
        assertThat(sudzha.text("kind")).isEqualTo("battle-2024");
        assertThat(sudzha.text("location_source")).contains("GeoNames 486816").contains(",");
        assertThat(((Point) sudzha.geometry()).getX()).isEqualTo(35.2726);
    }

    @Test
    void reprojectsToUtmZone37() {
        VectorLayer sites = VectorLayerReader.read(DATA.resolve("sites.csv"));
        VectorLayer utm = sites.reprojectedTo(Crs.epsg(32637));
        Point p = (Point) utm.features().get(0).geometry();
        // Sudzha 35.2726 E, 51.1976 N in UTM 37N (central meridian 39 E): west of the meridian, so
        // easting < 500 km; about 3.73° of longitude at 51.2° N ≈ 260 km west → easting ≈ 240 km.
        assertThat(p.getX()).isBetween(235_000.0, 245_000.0);
        assertThat(p.getY()).isBetween(5_670_000.0, 5_690_000.0);
    }

    @Test
    void readsLinesAndPolygons() {
        VectorLayer rivers = VectorLayerReader.read(DATA.resolve("rivers_wdbii_full_bbox.geojson"));
        assertThat(rivers.features()).isNotEmpty();
        assertThat(rivers.features().get(0).geometry().getGeometryType()).isEqualTo("LineString");
        VectorLayer oblast = VectorLayerReader.read(DATA.resolve("kursk_oblast_dcw.geojson"));
        assertThat(oblast.features()).hasSize(1);
        // planar area in UTM 37N ≈ 31,000 km² (the data README's figure)
        double km2 = oblast.reprojectedTo(Crs.epsg(32637)).features().get(0).geometry().getArea() / 1e6;
        assertThat(km2).isBetween(29_000.0, 33_000.0);
    }

    @Test
    void missingFileAndBadJsonNameTheFile(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> VectorLayerReader.read(dir.resolve("nope.geojson")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("nope.geojson").hasMessageContaining("not found");
        Path bad = dir.resolve("bad.geojson");
        Files.writeString(bad, "{\"type\": \"FeatureCollection\", \"features\": [\n  {\"type\": }]}");
        assertThatThrownBy(() -> VectorLayerReader.read(bad))
                .isInstanceOf(BadInputException.class).hasMessageContaining("bad.geojson").hasMessageContaining("line 2");
    }

    @Test
    void linkedCrsIsRefusedRatherThanReadAsLonLat(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("linked.geojson");
        Files.writeString(f, "{\"type\": \"FeatureCollection\", \"crs\": {\"type\": \"link\", \"properties\":"
                + " {\"href\": \"data.prj\", \"type\": \"esriwkt\"}}, \"features\": []}");
        assertThatThrownBy(() -> VectorLayerReader.read(f)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("linked.geojson").hasMessageContaining("of type 'link'");
        Path named = dir.resolve("named.geojson");
        Files.writeString(named, "{\"type\": \"FeatureCollection\", \"crs\": {\"type\": \"name\", \"properties\":"
                + " {\"name\": \"urn:ogc:def:crs:EPSG::32637\"}}, \"features\": []}");
        assertThat(VectorLayerReader.read(named).crs()).isEqualTo(Crs.epsg(32637));
    }

    @Test
    void csvCoordinateOutOfRangeNamesRowAndColumn(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("pts.csv");
        Files.writeString(csv, "name,lon,lat\na,36.0,51.0\nc,180.5,51.0\nb,400,51.0\n");
        assertThatThrownBy(() -> VectorLayerReader.read(csv))
                .isInstanceOf(BadInputException.class).hasMessageContaining("row 4").hasMessageContaining("'lon'")
                .hasMessageContaining("400");
    }

    /**
     * GeoJSON positions that cannot be places: a number too large for a double (Jackson reads 1e999 as
     * infinity), and in WGS 84 a latitude past 90 or a longitude more than a turn away. A longitude just
     * past 180 (a layer crossing the antimeridian; GDAL reads it) and, in a projected CRS, large numbers
     * are fine.
     */
    @Test
    void geoJsonPositionOutOfRangeOrInfiniteNamesTheFeature(@TempDir Path dir) throws IOException {
        String feature = "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":%s}}";
        String[][] cases = {{"[36.1, 1e999]", "finite"}, {"[36.1, 95.0]", "latitude in -90..90"},
            {"[400.0, 51.0]", "longitude in -360..360"}};
        for (String[] c : cases) {
            Path f = dir.resolve("bad.geojson");
            Files.writeString(f, "{\"type\":\"FeatureCollection\",\"features\":[" + String.format(feature, "[36.0, 51.0]")
                    + "," + String.format(feature, c[0]) + "]}");
            assertThatThrownBy(() -> VectorLayerReader.read(f)).as(c[0]).isInstanceOf(BadInputException.class)
                    .hasMessageContaining("bad.geojson: feature 1").hasMessageContaining(c[1]);
        }
        Path utm = dir.resolve("utm.geojson");
        Files.writeString(utm, "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":"
                + "{\"name\":\"EPSG:32637\"}},\"features\":[" + String.format(feature, "[400000.0, 5700000.0]") + "]}");
        assertThat(VectorLayerReader.read(utm).features()).hasSize(1);
        Path east = dir.resolve("east.geojson");
        Files.writeString(east, "{\"type\":\"FeatureCollection\",\"features\":[" + String.format(feature, "[180.0000001, 51.75]")
                + "]}");
        assertThat(VectorLayerReader.read(east).features()).hasSize(1);
    }

    /** The same check on a GeoPackage that GDAL wrote (ogr2ogr accepts a latitude of 95); skipped without GDAL. */
    @Test
    void geoPackagePositionOffTheEarthNamesTableAndFeature(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("p.geojson");
        Files.writeString(json, "{\"type\":\"FeatureCollection\",\"features\":["
                + "{\"type\":\"Feature\",\"properties\":{},\"geometry\":null},"
                + "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[36.0,51.0]}},"
                + "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[36.0,95.0]}}]}");
        Path gpkg = dir.resolve("p.gpkg");
        Process p;
        try {
            p = new ProcessBuilder("ogr2ogr", "-f", "GPKG", gpkg.toString(), "/vsistdin/", "-nln", "pts")
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            org.junit.jupiter.api.Assumptions.abort("ogr2ogr (GDAL) is not installed");
            return;
        }
        try (var in = p.getOutputStream()) {
            in.write(Files.readAllBytes(json));
        }
        assertThat(p.waitFor()).isZero();
        assertThatThrownBy(() -> VectorLayerReader.read(gpkg)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("p.gpkg: table 'pts', feature with fid 3: a position must be a longitude in -360..360 "
                        + "and a latitude in -90..90, was (36.0, 95.0)");
    }
}
