package org.plinth.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plinth.raster.ByteGrid;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.io.RasterDataType;
import org.plinth.raster.io.RasterFile;
import org.plinth.raster.io.RasterFiles;
import org.plinth.raster.terrain.Gradient;
import org.plinth.raster.terrain.Hillshade;
import org.plinth.raster.terrain.HillshadeMode;
import org.plinth.raster.terrain.HillshadeOptions;

/**
 * plinth raster hillshade's mode switches end to end: each writes what the kernel computes (and so,
 * by the raster module's tests, gdaldem's values within one grey level), and the combinations gdaldem
 * refuses are usage errors that write nothing.
 */
class HillshadeCommandTest {
    private static final Path DEMS = Path.of("../raster/src/test/resources/dems");
    private static final Path HOLES = DEMS.resolve("gdal-reference/terrain/olinda_holes.tif");
    private static final Path REF = DEMS.resolve("gdal-reference/terrain/hillshade_modes");

    @TempDir
    Path tmp;

    private final CliRun cli = new CliRun();

    /** Runs the command with {@code args} after DEM and OUT; checks OUT is the kernel's grid with {@code options}. */
    private FloatGrid assertMatchesKernel(HillshadeOptions options, String... args) {
        Path out = tmp.resolve("shade.tif");
        String[] all = new String[args.length + 4];
        all[0] = "raster";
        all[1] = "hillshade";
        all[2] = HOLES.toString();
        all[3] = out.toString();
        System.arraycopy(args, 0, all, 4, args.length);
        assertThat(cli.run(all)).as(cli.stderr()).isZero();
        RasterFile f = RasterFiles.read(out);
        assertThat(f.dataType()).isEqualTo(RasterDataType.BYTE);
        assertThat(f.grid().noData()).isEqualTo(0f);
        ByteGrid kernel = new Hillshade(RasterFiles.read(HOLES).grid(), options).compute();
        float[] written = f.grid().data();
        for (int i = 0; i < written.length; i++) {
            assertThat((int) written[i]).as("cell %d", i).isEqualTo(Byte.toUnsignedInt(kernel.data()[i]));
        }
        return f.grid();
    }

    /** Every cell within one grey level of gdaldem's, NoData where it has NoData. */
    private static void assertNearGdaldem(FloatGrid ours, String reference) {
        float[] gdal = RasterFiles.read(REF.resolve(reference)).grid().data();
        for (int i = 0; i < gdal.length; i++) {
            if (gdal[i] == 0) {
                assertThat(ours.data()[i]).as("cell %d", i).isZero();
            } else {
                assertThat(Math.abs(ours.data()[i] - gdal[i])).as("cell %d", i).isLessThanOrEqualTo(1f);
            }
        }
    }

    @Test
    void multidirectionalAsGdaldem() {
        FloatGrid g = assertMatchesKernel(HillshadeOptions.defaults().withMode(HillshadeMode.MULTIDIRECTIONAL),
                "--multidirectional", "-q");
        assertNearGdaldem(g, "holes_multidirectional_Horn_edges.tif");
    }

    @Test
    void combinedAsGdaldem() {
        FloatGrid g = assertMatchesKernel(HillshadeOptions.defaults().withMode(HillshadeMode.COMBINED)
                .withGradient(Gradient.ZEVENBERGEN_THORNE), "--combined", "--alg", "ZevenbergenThorne", "-q");
        assertNearGdaldem(g, "holes_combined_ZevenbergenThorne_edges.tif");
    }

    @Test
    void igorAsGdaldem() {
        FloatGrid g = assertMatchesKernel(HillshadeOptions.defaults().withMode(HillshadeMode.IGOR)
                .withComputeEdges(false), "--igor", "--no-edges", "-q");
        assertNearGdaldem(g, "holes_igor_Horn_noedges.tif");
    }

    @Test
    void twoModesOrALightTheModeIgnoresAreUsageErrors() {
        Path out = tmp.resolve("x.tif");
        String[][] refused = {
            {"--multidirectional", "--combined"},
            {"--combined", "--igor"},
            {"--igor", "--multidirectional"},
            {"--multidirectional", "--azimuth", "315"},
            {"--igor", "--altitude", "30"},
        };
        for (String[] args : refused) {
            String[] all = {"raster", "hillshade", HOLES.toString(), out.toString(), args[0], args[1],
                args.length > 2 ? args[2] : "-q"};
            assertThat(cli.run(all)).as(String.join(" ", args)).isEqualTo(2);
            assertThat(cli.stderr()).as(String.join(" ", args)).startsWith("plinth: ").hasLineCount(1);
            assertThat(out).doesNotExist();
        }
        cli.run("raster", "hillshade", HOLES.toString(), out.toString(), "--combined", "--igor");
        assertThat(cli.stderr()).contains("--combined").contains("--igor").contains("mutually exclusive");
        cli.run("raster", "hillshade", HOLES.toString(), out.toString(), "--multidirectional", "--azimuth", "90");
        assertThat(cli.stderr()).isEqualTo("plinth: --azimuth cannot be used with --multidirectional, which always "
                + "lights from 225, 270, 315 and 360 degrees (see 'plinth raster hillshade --help')"
                + System.lineSeparator());
        cli.run("raster", "hillshade", HOLES.toString(), out.toString(), "--igor", "--altitude", "30");
        assertThat(cli.stderr()).isEqualTo("plinth: --altitude cannot be used with --igor, which does not depend on "
                + "the light's altitude (see 'plinth raster hillshade --help')" + System.lineSeparator());
        // the light the mode does use is fine
        assertThat(cli.run("raster", "hillshade", HOLES.toString(), out.toString(), "--igor", "--azimuth", "90", "-q"))
                .isZero();
        assertThat(cli.run("raster", "hillshade", "--help")).isZero();
        assertThat(cli.stdout()).contains("--multidirectional").contains("--combined").contains("--igor");
    }
}
