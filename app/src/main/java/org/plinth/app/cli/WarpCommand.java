package org.plinth.app.cli;

import java.util.Locale;
import org.plinth.raster.Crs;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.crs.Resampling;
import org.plinth.raster.crs.Utm;
import org.plinth.raster.crs.Warp;
import org.plinth.raster.crs.WarpOptions;
import org.plinth.raster.io.RasterFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code plinth raster warp}: a longitude/latitude raster onto a UTM grid, like {@code gdalwarp -t_srs}. */
@Command(name = "warp", mixinStandardHelpOptions = true,
        description = {"Resamples a raster in longitude/latitude (an SRTM tile, a Copernicus DEM, a VRT of them) onto "
                + "a WGS 84 / UTM grid, as gdalwarp -t_srs EPSG:326zz -r near|bilinear.",
            "The zone is the one holding the raster's centre unless --t-srs names one; extent and cell size are "
                    + "gdalwarp's unless --tr gives the cell size. Writes Float32; cells outside the source hold the "
                    + "source's NoData (NaN when it has none).",
            "Defaults differ from gdalwarp's (near, -et 0.125): bilinear suits elevations; -r near --et 0.125 "
                    + "gives what a plain gdalwarp -ot Float32 gives."})
public final class WarpCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Mixin
    RasterPaths paths;

    @Mixin
    CommonOptions common;

    @Option(names = "--t-srs", paramLabel = "utm|EPSG:326zz|EPSG:327zz", defaultValue = "utm",
            description = "Target CRS: utm (the zone of the raster's centre; default) or a WGS 84 / UTM EPSG code.")
    String targetSrs;

    @Option(names = {"-r", "--resampling"}, paramLabel = "near|bilinear", defaultValue = "bilinear",
            description = "Resampling, as gdalwarp -r (default: ${DEFAULT-VALUE}).")
    String resampling;

    @Option(names = "--tr", paramLabel = "METRES", description = "Target cell size in metres (square cells). "
            + "Default: gdalwarp's, which keeps the number of cells along the source's diagonal.")
    Double cellSize;

    @Option(names = "--et", paramLabel = "CELLS", defaultValue = "0.01", description = "Largest error, in source "
            + "cells, allowed when the transformation is interpolated along rows, as gdalwarp -et; 0 transforms "
            + "every cell exactly (default: ${DEFAULT-VALUE}).")
    double maxError;

    @Override
    public void run() {
        paths.checkOutput();
        if (!Double.isFinite(maxError) || maxError < 0) {
            throw new ParameterException(spec.commandLine(), "--et must be a finite number >= 0, was " + maxError);
        }
        WarpOptions options = WarpOptions.defaults().withResampling(resampling()).withMaxError(maxError);
        if (cellSize != null) {
            if (!Double.isFinite(cellSize) || cellSize <= 0) {
                throw new ParameterException(spec.commandLine(), "--tr must be a finite number > 0, was " + cellSize);
            }
            options = options.withCellSize(cellSize);
        }
        if (!targetSrs.strip().equalsIgnoreCase("utm")) {
            try {
                int code = Crs.parseEpsgCode(targetSrs).orElseThrow(() -> new IllegalArgumentException(
                        "must be utm or EPSG:326zz / EPSG:327zz"));
                options = options.withUtm(Utm.fromEpsg(code));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--t-srs " + targetSrs + ": " + e.getMessage());
            }
        }
        try (ConsoleMonitor monitor = ConsoleMonitor.open("warp", common.quiet)) {
            FloatGrid source = RasterFiles.read(paths.dem, paths.band, null, new MonitorPhase(monitor, 0, 0.3)).grid();
            if (source.noData() != null) {
                options = options.withNoData(source.noData());
            }
            WarpOptions chosen = options;
            FloatGrid out = DemArgument.about(paths.dem, () -> new Warp(source, chosen)
                    .compute(new MonitorPhase(monitor, 0.3, 0.85)));
            RasterFiles.write(paths.out, out, paths.writeOptions(), new MonitorPhase(monitor, 0.85, 1));
            spec.commandLine().getOut().printf(Locale.ROOT, "warp: %d x %d cells of %.6g m in EPSG:%d, written to %s%n",
                    out.cols(), out.rows(), out.geometry().transform().cellWidth(),
                    out.geometry().crs().epsgCode().orElse(0), paths.out);
        }
    }

    private Resampling resampling() {
        return switch (resampling.toLowerCase(Locale.ROOT)) {
            case "near", "nearest" -> Resampling.NEAREST;
            case "bilinear" -> Resampling.BILINEAR;
            default -> throw new ParameterException(spec.commandLine(), "--resampling must be near or bilinear, was "
                    + resampling);
        };
    }
}
