package org.plinth.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plinth.raster.InvalidInputException;
import picocli.CommandLine;

/**
 * Exit codes as the issue sets them: 2 for bad input or usage only, 1 for any other failure. An
 * {@link IllegalArgumentException} that reaches the top is a defect of plinth's (a kernel's
 * precondition it broke itself), not the user's input; the options records' refusals of flag values
 * are turned into usage errors where the flags are read ({@link FlagValues}).
 */
class ExitCodeTest {
    private static final Path OLINDA = Path.of("..", "examples", "terrain", "data", "olinda_dem_epsg31985.tif");

    @TempDir
    Path tmp;

    private final CliRun cli = new CliRun();

    @Test
    void onlyBadInputAndUsageMapToTwo() {
        assertThat(PlinthCommand.exitCodeOf(new InvalidInputException("x.tif: truncated"))).isEqualTo(2);
        assertThat(PlinthCommand.exitCodeOf(new CommandLine.ParameterException(new CommandLine(new PlinthCommand()), "bad")))
                .isEqualTo(2);
        assertThat(PlinthCommand.exitCodeOf(new IllegalArgumentException("window must lie inside the grid"))).isEqualTo(1);
        assertThat(PlinthCommand.exitCodeOf(new NumberFormatException("For input string: \"x\""))).isEqualTo(1);
        assertThat(PlinthCommand.exitCodeOf(new IllegalStateException("bug"))).isEqualTo(1);
    }

    @Test
    void anOptionValueAKernelRefusesIsAUsageErrorNamingTheValue() {
        Path out = tmp.resolve("v.tif");
        int code = cli.run("raster", "viewshed", OLINDA.toString(), out.toString(), "--observer=289776,9111771",
                "--observer-height=-2");
        assertThat(code).isEqualTo(2);
        assertThat(cli.stderr()).startsWith("plinth: invalid option value: observer height must be >= 0")
                .contains("-2.0").contains("see 'plinth raster viewshed --help'");
        assertThat(cli.stderr().lines().count()).isEqualTo(1);

        code = cli.run("raster", "visibility", OLINDA.toString(), out.toString(),
                "--observers=../examples/terrain/data/viewpoints.geojson", "--curvature-coefficient=-0.5");
        assertThat(code).isEqualTo(2);
        assertThat(cli.stderr()).contains("curvature coefficient").contains("-0.5")
                .contains("see 'plinth raster visibility --help'");

        code = cli.run("raster", "aspect", OLINDA.toString(), out.toString(), "--scale=0");
        assertThat(code).isEqualTo(2);
        assertThat(cli.stderr()).contains("scale").contains("see 'plinth raster aspect --help'");

        code = cli.run("raster", "distance", OLINDA.toString(), out.toString(),
                "--to=../examples/terrain/data/viewpoints.geojson", "--max-distance=-5");
        assertThat(code).isEqualTo(2);
        assertThat(cli.stderr()).contains("-5.0").contains("see 'plinth raster distance --help'");
        assertThat(tmp.toFile().list()).isEmpty();
    }

    private static final String WGS84_PRJ = "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137,"
            + "298.257223563]],PRIMEM[\"Greenwich\",0],UNIT[\"Degree\",0.0174532925199433]]";

    /** A 4 x 3 lon/lat grid of 0.01° cells whose lower-left corner is (0, {@code south}). */
    private Path lonLatGrid(String name, double south) throws java.io.IOException {
        java.nio.file.Files.writeString(tmp.resolve(name + ".prj"), WGS84_PRJ);
        return java.nio.file.Files.writeString(tmp.resolve(name + ".asc"), "ncols 4\nnrows 3\nxllcorner 0\nyllcorner "
                + south + "\ncellsize 0.01\n1 2 3 4\n5 6 7 8\n9 10 11 12\n");
    }

    /** Input the kernels cannot place on the earth is bad input (2), named, not a failure of plinth's (1). */
    @Test
    void dataTheKernelsCannotPlaceIsBadInput() throws Exception {
        Path arctic = lonLatGrid("arctic", 85.0);
        Path out = tmp.resolve("out.tif");
        assertThat(cli.run("raster", "warp", arctic.toString(), out.toString())).isEqualTo(2);
        assertThat(cli.stderr()).contains("latitude 85.015").contains("outside UTM's 80°S to 84°N");
        assertThat(cli.run("raster", "warp", arctic.toString(), out.toString(), "--t-srs=EPSG:32631")).isZero();
        java.nio.file.Files.delete(out);
        // cell centres on the pole (as SRTM's posts): the grid's edge lies half a cell past it, clamped as GDAL
        Path pole = lonLatGrid("pole", 89.975);
        assertThat(cli.run("raster", "warp", pole.toString(), out.toString(), "--t-srs=EPSG:32631")).isZero();
        java.nio.file.Files.delete(out);
        Path beyond = lonLatGrid("beyond", 95.0);
        assertThat(cli.run("raster", "warp", beyond.toString(), out.toString(), "--t-srs=EPSG:32633", "--tr=1000"))
                .isEqualTo(2);
        assertThat(cli.stderr()).contains("spans latitudes 95.0 to 95.03").contains("past a pole");
        assertThat(cli.run("raster", "viewshed", beyond.toString(), out.toString(), "--observer=0.015,95.015",
                "--max-distance=500")).isEqualTo(2);
        assertThat(cli.stderr()).contains("latitude 95.01").contains("outside [-90, 90]");
        assertThat(cli.run("raster", "viewshed", beyond.toString(), out.toString(), "--observer=0.015,95.015"))
                .isEqualTo(2);
        assertThat(cli.stderr()).contains("beyond.asc: the observer's row lies at latitude 95.01");
        assertThat(cli.run("robustness", "../examples/kursk", "--draws=2147483647")).isEqualTo(2);
        assertThat(cli.stderr()).contains("--draws must be in 100..1000000").contains("see 'plinth robustness --help'");
        assertThat(out).doesNotExist();
    }
}
