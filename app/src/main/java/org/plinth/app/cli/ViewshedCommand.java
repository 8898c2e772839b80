package org.plinth.app.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.plinth.raster.ByteGrid;
import org.plinth.raster.Crs;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.GeoTransform;
import org.plinth.raster.GridGeometry;
import org.plinth.raster.InvalidInputException;
import org.plinth.raster.Monitor;
import org.plinth.raster.Window;
import org.plinth.raster.io.GeoTiffWriteOptions;
import org.plinth.raster.io.RasterFiles;
import org.plinth.raster.visibility.Viewshed;
import org.plinth.raster.visibility.ViewshedOptions;
import org.plinth.raster.visibility.ViewshedOutput;
import org.plinth.raster.visibility.ViewshedResult;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code plinth raster viewshed DEM OUT --observer X,Y}: what one observer sees, like
 * {@code gdal_viewshed} but with an exact line of sight (as GRASS {@code r.viewshed}); or, with
 * {@code --mode min-height}, how tall a target must be at each cell to be seen.
 */
@Command(name = "viewshed", mixinStandardHelpOptions = true,
        description = {"Cells visible from one observer (exact line of sight, earth curvature and refraction).",
            "Output: Byte GeoTIFF, 255 visible, 0 not visible, NoData 1 beyond --max-distance and "
                + "on NoData cells; with --mode min-height, Float32 metres a target needs above ground to be seen "
                + "(0 where a target of --target-height is already seen: the ground itself with the default 0), NoData nan.",
            "Extent: the DEM's grid; with --max-distance M, as gdal_viewshed -md, only the box of cells that M "
                + "reaches (the observer cell \u00b1 ceil(M / cell size) cells, as gdal_viewshed, clipped to the DEM), which is "
                + "also all of the DEM that is read."})
public final class ViewshedCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Mixin
    RasterPaths paths;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Position position;

    static final class Position {
        @Option(names = "--observer", paramLabel = "X,Y", required = true,
                description = "Observer position in the DEM's CRS; snapped to the cell that contains it.")
        String xy;

        @Option(names = "--observer-lonlat", paramLabel = "LON,LAT", required = true,
                description = "Observer position as WGS 84 longitude, latitude (DEM CRS: EPSG code, geographic or Transverse Mercator).")
        String lonLat;
    }

    @Mixin
    SightLineOptions sight;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "visible",
            description = "visible (Byte 255/0) or min-height (Float32 metres); default: ${DEFAULT-VALUE}.")
    String mode;

    @Override
    public Integer call() {
        boolean minHeight = parseMode();
        ViewshedOptions options = FlagValues.check(spec, () -> sight.viewshedOptions()
                .withOutputs(minHeight ? ViewshedOutput.MINIMUM_VISIBLE_HEIGHT : ViewshedOutput.VISIBILITY));
        paths.checkOutput();
        try (ConsoleMonitor monitor = ConsoleMonitor.open("viewshed", common.quiet)) {
            Monitor reading = new MonitorPhase(monitor, 0, 0.2);
            GridGeometry whole = DemArgument.header(paths.dem, paths.band, "a viewshed");
            ScaleWarning.check(paths.dem, whole, spec.commandLine().getErr());
            double[] xy = observer(whole.crs());
            Optional<Window> box = ViewshedWindow.around(whole, xy[0], xy[1], options.maxDistance());
            SweepWarmUp.startFor(box.map(w -> (long) w.width() * w.height()).orElse((long) whole.cols() * whole.rows()));
            FloatGrid grid = box.isPresent() ? RasterFiles.read(paths.dem, paths.band, box.get(), reading).grid()
                    : DemArgument.read(paths.dem, paths.band, "a viewshed", reading);
            double[] at = box.isPresent() ? observerCellCentre(grid, whole, box.get(), xy) : xy;
            ViewshedResult result = DemArgument.about(paths.dem, () -> new Viewshed(grid,
                    options.withObserver(at[0], at[1]), new MonitorPhase(monitor, 0.2, 0.8)).compute());
            Monitor writing = new MonitorPhase(monitor, 0.8, 1);
            GeoTiffWriteOptions writeOptions = paths.writeOptions();
            if (minHeight) {
                FloatGrid need = result.minimumVisibleHeight().orElseThrow();
                RasterFiles.write(paths.out, need, writeOptions, writing);
                spec.commandLine().getOut().println("viewshed: minimum visible height of " + result.cellsInReach()
                        + " cells in reach, written to " + paths.out);
            } else {
                ByteGrid vis = result.visibility().orElseThrow();
                RasterFiles.write(paths.out, vis, writeOptions, writing);
                long visible = result.visibleCells();
                long reach = result.cellsInReach();
                spec.commandLine().getOut().printf("viewshed: %d of %d cells in reach visible (%.1f %%), written to %s%n",
                        visible, reach, reach == 0 ? 0.0 : 100.0 * visible / reach, paths.out);
            }
        }
        return PlinthCommand.OK;
    }

    /**
     * The centre of the observer's cell on the window's grid: the same cell as on the whole DEM, free of
     * rounding at cell edges (the kernel measures from the cell centre anyway).
     */
    private double[] observerCellCentre(FloatGrid grid, GridGeometry whole, Window box, double[] xy) {
        int col = (int) Math.floor(whole.transform().colOf(xy[0]));
        int row = (int) Math.floor(whole.transform().rowOf(xy[1]));
        if (grid.isNoData(col - box.colStart(), row - box.rowStart())) {
            throw new InvalidInputException(paths.dem + ": observer (" + xy[0] + ", " + xy[1] + ") stands on a NoData cell (column "
                    + col + ", row " + row + ")");
        }
        GeoTransform t = grid.geometry().transform();
        return new double[] {t.centreX(col - box.colStart()), t.centreY(row - box.rowStart())};
    }

    private boolean parseMode() {
        if ("visible".equals(mode)) {
            return false;
        }
        if ("min-height".equals(mode)) {
            return true;
        }
        throw new InvalidInputException("--mode must be visible or min-height, was '" + mode + "'");
    }

    private double[] observer(Crs crs) {
        if (position.xy != null) {
            return parsePair("--observer", "X,Y", position.xy);
        }
        double[] ll = parsePair("--observer-lonlat", "LON,LAT", position.lonLat);
        if (!(Math.abs(ll[0]) <= 180 && Math.abs(ll[1]) <= 90)) {
            throw new InvalidInputException("--observer-lonlat must be a longitude in -180..180 and a latitude in -90..90, was '"
                    + position.lonLat + "'");
        }
        return LonLatPosition.toGrid(crs, ll[0], ll[1]);
    }

    /** Two comma-separated numbers, e.g. {@code 293771,9115766}. */
    static double[] parsePair(String option, String shape, String text) {
        String[] parts = text.split(",", -1);
        if (parts.length == 2) {
            try {
                double a = Double.parseDouble(parts[0].trim());
                double b = Double.parseDouble(parts[1].trim());
                if (Double.isFinite(a) && Double.isFinite(b)) {
                    return new double[] {a, b};
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new InvalidInputException(option + " must be " + shape + " (two numbers), was '" + text + "'");
    }
}
