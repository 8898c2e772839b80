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
}
