package org.plinth.raster.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plinth.raster.Crs;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.GeoTransform;
import org.plinth.raster.InvalidInputException;
import org.plinth.raster.PixelAnchor;

class AsciiGridReaderTest {
    @TempDir
    Path dir;

    @Test
    void cornerHeaderIntegerValuesAndNoData() throws IOException {
        // 3 x 2 cells of 10 m, lower-left corner (1000, 2000): top edge at 2000 + 2 * 10 = 2020.
        Path p = Files.writeString(dir.resolve("g.asc"),
                "NCOLS 3\nNROWS 2\nXLLCORNER 1000\nYLLCORNER 2000\nCELLSIZE 10\nNODATA_value -9999\n1 2 3\n-9999 5 6\n");
        RasterFile f = AsciiGridReader.read(p);
        assertThat(f.dataType()).isEqualTo(RasterDataType.INT32);
        assertThat(f.anchor()).isEqualTo(PixelAnchor.CORNER);
        assertThat(f.grid().geometry().transform()).isEqualTo(GeoTransform.northUp(1000, 2020, 10, 10));
        assertThat(f.grid().data()).containsExactly(1, 2, 3, -9999, 5, 6);
        assertThat(f.grid().noData()).isEqualTo(-9999f);
        assertThat(f.grid().isNoData(0, 1)).isTrue();
        assertThat(f.grid().geometry().crs()).isEqualTo(Crs.unknown());
    }

    /**
     * GDAL 3.6 writes a Float32 grid whose NoData is NaN with {@code NODATA_value  nan} and "nan" cells,
     * the first data token included (this text is gdal_translate -of AAIGrid's, byte for byte).
     */
    @Test
    void nanNoDataAndNanCellsAsGdalWritesThem() throws IOException {
        Path p = Files.writeString(dir.resolve("nan.asc"), "ncols        4\nnrows        3\n"
                + "xllcorner    500000.000000000000\nyllcorner    4999910.000000000000\ncellsize     30.000000000000\n"
                + "NODATA_value  nan\n nan 1.5 2.5 3.5\n 4.5 5.5 nan 7.5\n 8.5 9.5 10.5 11.5\n");
        FloatGrid g = RasterFiles.read(p).grid();
        assertThat(g.cols()).isEqualTo(4);
        assertThat(g.rows()).isEqualTo(3);
        assertThat(g.noData()).isNaN();
        assertThat(g.isNoData(0, 0)).isTrue();
        assertThat(g.isNoData(2, 1)).isTrue();
        assertThat(g.get(1, 0)).isEqualTo(1.5f);
        assertThat(g.get(3, 2)).isEqualTo(11.5f);
        assertThat(RasterFiles.header(p).declaredNoData()).isNaN();
        assertThat(g.geometry().transform().originY()).isEqualTo(5_000_000.0);
    }

    @Test
    void aHeaderThatGivesNoFiniteGeoreferenceIsBadInputNamingTheFile() throws IOException {
        Path p = Files.writeString(dir.resolve("inf.asc"), "ncols 2\nnrows 1\nxllcorner 0\nyllcorner 1e308\n"
                + "cellsize 1e308\n1 2\n");
        assertThatThrownBy(() -> RasterFiles.read(p)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("inf.asc: header gives no usable georeference").hasMessageContaining("1.0E308");
        Path nan = Files.writeString(dir.resolve("nan.asc"), "ncols 2\nnrows 1\nxllcorner NaN\nyllcorner 0\n"
                + "cellsize 1\n1 2\n");
        assertThatThrownBy(() -> RasterFiles.read(nan)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("nan.asc: header gives no usable georeference");
    }

    @Test
    void centreHeaderWithDxDyAndDecimals() throws IOException {
        // Centre of the lower-left cell at (0.5, 0.25) with dx 1, dy 0.5: corner (0, 0), top 3 * 0.5 = 1.5.
        Path p = Files.writeString(dir.resolve("c.asc"),
                "ncols 2\nnrows 3\nxllcenter 0.5\nyllcenter 0.25\ndx 1\ndy 0.5\n0.1 2e1\n-3.25 4\n5 6\n");
        RasterFile f = AsciiGridReader.read(p);
        assertThat(f.dataType()).isEqualTo(RasterDataType.FLOAT32);
        assertThat(f.anchor()).isEqualTo(PixelAnchor.CENTER);
        assertThat(f.grid().geometry().transform()).isEqualTo(new GeoTransform(0, 1, 0, 1.5, 0, -0.5));
        assertThat(f.grid().data()).containsExactly(0.1f, 20f, -3.25f, 4f, 5f, 6f);
        assertThat(f.grid().noData()).isNull();
    }

    @Test
    void numbersParseExactlyAsDoubleThenFloat() throws IOException {
        String[] tokens = {"0.1", "123456.789", "-0.000123", "3.4028235e38", "1e-45", "0.30000000000000004",
                "12345678901234567890.5", "-0", "007.50", "2.5000000000000000001"};
        Path p = Files.writeString(dir.resolve("n.asc"), "ncols " + tokens.length
                + "\nnrows 1\nxllcorner 0\nyllcorner 0\ncellsize 1\n" + String.join(" ", tokens) + "\n");
        float[] d = AsciiGridReader.read(p).grid().data();
        for (int i = 0; i < tokens.length; i++) {
            assertThat(d[i]).as(tokens[i]).isEqualTo((float) Double.parseDouble(tokens[i]));
        }
    }

    @Test
    void prjNamesMapToEpsgOrKeepTheWkt() throws IOException {
        String grid = "ncols 1\nnrows 1\nxllcorner 0\nyllcorner 0\ncellsize 1\n7\n";
        Files.writeString(dir.resolve("geo.asc"), grid);
        Files.writeString(dir.resolve("geo.prj"), "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\","
                + "6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]");
        Crs geo = AsciiGridReader.read(dir.resolve("geo.asc")).grid().geometry().crs();
        assertThat(geo.epsgCode()).hasValue(4326);
        assertThat(geo.isGeographic()).isTrue();

        Files.writeString(dir.resolve("utm.asc"), grid);
        Files.writeString(dir.resolve("utm.prj"), "PROJCS[\"WGS_1984_UTM_Zone_36N\",GEOGCS[\"GCS_WGS_1984\","
                + "DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],"
                + "UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"False_Easting\","
                + "500000.0],PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",33.0],PARAMETER["
                + "\"Scale_Factor\",0.9996],PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]");
        Crs utm = AsciiGridReader.read(dir.resolve("utm.asc")).grid().geometry().crs();
        assertThat(utm.epsgCode()).hasValue(32636);
        assertThat(utm.isGeographic()).isFalse();
        assertThat(utm.metresPerUnit()).isEqualTo(1.0);

        // ESRI's NAD 1983 StatePlane New York Long Island FIPS 3104 (US Feet): the projected UNIT is kept
        Files.writeString(dir.resolve("feet.asc"), grid);
        Files.writeString(dir.resolve("feet.prj"), "PROJCS[\"NAD_1983_StatePlane_New_York_Long_Island_FIPS_3104_Feet\","
                + "GEOGCS[\"GCS_North_American_1983\",DATUM[\"D_North_American_1983\",SPHEROID[\"GRS_1980\",6378137.0,"
                + "298.257222101]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],PROJECTION["
                + "\"Lambert_Conformal_Conic\"],PARAMETER[\"False_Easting\",984250.0],PARAMETER[\"False_Northing\",0.0],"
                + "PARAMETER[\"Central_Meridian\",-74.0],PARAMETER[\"Standard_Parallel_1\",40.66666666666666],"
                + "PARAMETER[\"Standard_Parallel_2\",41.03333333333333],PARAMETER[\"Latitude_Of_Origin\",40.16666666666666],"
                + "UNIT[\"Foot_US\",0.3048006096012192]]");
        Crs feet = AsciiGridReader.read(dir.resolve("feet.asc")).grid().geometry().crs();
        assertThat(feet.isGeographic()).isFalse();
        assertThat(feet.linearUnit()).isEqualTo("Foot US");
        assertThat(feet.metresPerUnit()).isEqualTo(0.3048006096012192);
        // PROJ's WKT 2 (gdalsrsinfo -o wkt2 EPSG:2263) keeps the unit inside each AXIS
        Crs wkt2 = EsriWkt.parse("PROJCRS[\"NAD83 / New York Long Island (ftUS)\",     BASEGEOGCRS[\"NAD83\",         DATUM[\"North American Datum 1983\",             ELLIPSOID[\"GRS 1980\",6378137,298.257222101,                 LENGTHUNIT[\"metre\",1]]],         PRIMEM[\"Greenwich\",0,             ANGLEUNIT[\"degree\",0.0174532925199433]],         ID[\"EPSG\",4269]],     CONVERSION[\"SPCS83 New York Long Island zone (US Survey feet)\",         METHOD[\"Lambert Conic Conformal (2SP)\",             ID[\"EPSG\",9802]],         PARAMETER[\"Latitude of false origin\",40.1666666666667,             ANGLEUNIT[\"degree\",0.0174532925199433],             ID[\"EPSG\",8821]],         PARAMETER[\"Longitude of false origin\",-74,             ANGLEUNIT[\"degree\",0.0174532925199433],             ID[\"EPSG\",8822]],         PARAMETER[\"Latitude of 1st standard parallel\",41.0333333333333,             ANGLEUNIT[\"degree\",0.0174532925199433],             ID[\"EPSG\",8823]],         PARAMETER[\"Latitude of 2nd standard parallel\",40.6666666666667,             ANGLEUNIT[\"degree\",0.0174532925199433],             ID[\"EPSG\",8824]],         PARAMETER[\"Easting at false origin\",984250,             LENGTHUNIT[\"US survey foot\",0.304800609601219],             ID[\"EPSG\",8826]],         PARAMETER[\"Northing at false origin\",0,             LENGTHUNIT[\"US survey foot\",0.304800609601219],             ID[\"EPSG\",8827]]],     CS[Cartesian,2],         AXIS[\"easting (X)\",east,             ORDER[1],             LENGTHUNIT[\"US survey foot\",0.304800609601219]],         AXIS[\"northing (Y)\",north,             ORDER[2],             LENGTHUNIT[\"US survey foot\",0.304800609601219]],     USAGE[         SCOPE[\"Engineering survey, topographic mapping.\"],         AREA[\"United States (USA) - New York - counties of Bronx; Kings; Nassau; New York; Queens; Richmond; Suffolk.\"],         BBOX[40.47,-74.26,41.3,-71.8]],     ID[\"EPSG\",2263]]");
        assertThat(wkt2.linearUnit()).isEqualTo("US survey foot");
        assertThat(wkt2.metresPerUnit()).isEqualTo(0.304800609601219);

        Crs olinda = AsciiGridReader.read(RealDemTest.resource("dems/stars_olinda_dem_utm25s.asc")).grid()
                .geometry().crs();
        assertThat(olinda.epsgCode()).isEmpty();
        assertThat(olinda.isGeographic()).isFalse();
        assertThat(olinda.inverseFlattening()).isEqualTo(298.257222101);
        assertThat(olinda.wkt()).hasValueSatisfying(w -> assertThat(w).startsWith("PROJCS[\"UTM_Zone_25_Southern"));
    }

    @Test
    void wktVariantsAreRecognised() {
        assertThat(EsriWkt.parse("PROJCS[\"WGS 84 / UTM zone 33S\",GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID["
                + "\"WGS 84\",6378137,298.257223563]],PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]],"
                + "PROJECTION[\"Transverse_Mercator\"],UNIT[\"metre\",1]]").epsgCode()).hasValue(32733);
        assertThat(EsriWkt.parse("PROJCS[\"ETRS_1989_UTM_Zone_32N\",GEOGCS[\"GCS_ETRS_1989\",DATUM[\"D_ETRS_1989\","
                + "SPHEROID[\"GRS_1980\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\","
                + "0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],UNIT[\"Meter\",1.0]]").epsgCode())
                .hasValue(25832);
        assertThat(EsriWkt.parse("PROJCS[\"Custom\",GEOGCS[\"x\",DATUM[\"y\",SPHEROID[\"z\",6378245,298.3]]],"
                + "PROJECTION[\"Lambert\"],AUTHORITY[\"EPSG\",\"28407\"]]").epsgCode()).hasValue(28407);
        Crs other = EsriWkt.parse("GEOGCS[\"Pulkovo\",DATUM[\"D_Pulkovo_1942\",SPHEROID[\"Krassowsky_1940\","
                + "6378245.0,298.3]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]");
        assertThat(other.epsgCode()).isEmpty();
        assertThat(other.isGeographic()).isTrue();
        assertThat(other.semiMajorAxis()).isEqualTo(6378245.0);
    }
}
