package org.plinth.raster.terrain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.plinth.raster.ByteGrid;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.TestRasters;

/**
 * The hillshade modes against gdaldem 3.6.2 ({@code -multidirectional}, {@code -combined}, {@code -igor}),
 * made by {@code make_hillshade_mode_references.sh}: every mode × gradient × edges on Olinda with NoData
 * holes, an Int16 DEM in degrees with {@code -s 111120 -z 2}, and steep relief with other light.
 * Within 1 grey level wherever gdaldem has a value, NoData (0) exactly where it has NoData.
 */
class HillshadeModeGdalReferenceTest {
    private static final String REF = "gdal-reference/terrain/hillshade_modes/";
    private static final String HOLES = "gdal-reference/terrain/olinda_holes.tif";

    static Stream<Arguments> cases() {
        Stream.Builder<Arguments> cases = Stream.builder();
        for (HillshadeMode mode : new HillshadeMode[] {HillshadeMode.MULTIDIRECTIONAL, HillshadeMode.COMBINED,
            HillshadeMode.IGOR}) {
            String m = mode.name().toLowerCase(Locale.ROOT);
            for (Gradient g : Gradient.values()) {
                String alg = g == Gradient.HORN ? "Horn" : "ZevenbergenThorne";
                HillshadeOptions o = HillshadeOptions.defaults().withMode(mode).withGradient(g);
                cases.add(Arguments.of(HOLES, o, "holes_" + m + "_" + alg + "_edges.tif"));
                cases.add(Arguments.of(HOLES, o.withComputeEdges(false), "holes_" + m + "_" + alg + "_noedges.tif"));
            }
            cases.add(Arguments.of("terra_elev_luxembourg.tif",
                    HillshadeOptions.defaults().withMode(mode).withScale(111120).withZFactor(2),
                    "luxembourg_" + m + "_s111120_z2.tif"));
            cases.add(Arguments.of(REF + "olinda_90x60.tif", HillshadeOptions.defaults().withMode(mode).withZFactor(5),
                    "olinda_90x60_" + m + "_z5.tif"));
        }
        String olinda = "stars_olinda_dem_utm25s.tif";
        // gdaldem took no -az for -multidirectional and no -alt for -igor: the kernel ignores them, as documented
        HillshadeOptions steep = HillshadeOptions.defaults().withAzimuth(135).withAltitude(30);
        cases.add(Arguments.of(olinda, steep.withMode(HillshadeMode.MULTIDIRECTIONAL).withZFactor(10),
                "olinda_multidirectional_alt30_z10.tif"));
        cases.add(Arguments.of(olinda, steep.withMode(HillshadeMode.COMBINED).withZFactor(20),
                "olinda_combined_az135_alt30_z20.tif"));
        cases.add(Arguments.of(olinda, steep.withMode(HillshadeMode.IGOR).withZFactor(20),
                "olinda_igor_az135_z20.tif"));
        return cases.build();
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("cases")
    void withinOneGreyLevelOfGdaldem(String dem, HillshadeOptions options, String reference) {
        ByteGrid ours = new Hillshade(TestRasters.read(dem), options).compute();
        FloatGrid gdal = TestRasters.read(REF + reference);
        int compared = 0;
        int offByOne = 0;
        for (int r = 0; r < gdal.rows(); r++) {
            for (int c = 0; c < gdal.cols(); c++) {
                int g = (int) gdal.get(c, r);
                int o = ours.get(c, r);
                String at = reference + " cell " + c + "," + r;
                if (g == 0) {
                    assertThat(o).as(at).isZero();
                    continue;
                }
                assertThat(o).as(at).isBetween(g - 1, g + 1);
                compared++;
                offByOne += o == g ? 0 : 1;
            }
        }
        System.out.println(reference + ": " + compared + " cells compared, " + offByOne + " off by 1");
        assertThat(compared).isGreaterThan(gdal.rows() * gdal.cols() / 2);
    }
}
