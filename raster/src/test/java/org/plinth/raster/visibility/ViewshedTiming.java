package org.plinth.raster.visibility;

import java.nio.file.Path;
import java.util.Arrays;
import org.plinth.raster.ByteGrid;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.io.RasterFiles;

/**
 * Times the viewshed kernel alone on a DEM file, first call and repeated calls in one JVM, for
 * profiling (not a test). Arguments: DEM path, observer x, observer y, [runs], [min-height].
 * Prints each call's wall time, the process's CPU time during it (JIT and GC included) and a checksum of the visibility grid, so changes can be compared.
 */
public final class ViewshedTiming {
    private ViewshedTiming() {
    }

    public static void main(String[] args) {
        FloatGrid dem = RasterFiles.read(Path.of(args[0])).grid();
        double x = Double.parseDouble(args[1]);
        double y = Double.parseDouble(args[2]);
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        boolean minHeight = args.length > 4 && args[4].equals("min-height");
        ViewshedOptions o = ViewshedOptions.defaults().withObserver(x, y).withObserverHeight(1.7).withTargetHeight(0)
                .withCurvatureCoefficient(0.85714)
                .withOutputs(minHeight ? ViewshedOutput.MINIMUM_VISIBLE_HEIGHT : ViewshedOutput.VISIBILITY);
        for (int i = 0; i < runs; i++) {
            long c0 = processCpu();
            long t0 = System.nanoTime();
            ViewshedResult r = new Viewshed(dem, o).compute();
            long t1 = System.nanoTime();
            long c1 = processCpu();
            long sum = r.visibility().map(ViewshedTiming::checksum).orElse(0L);
            double need = r.minimumVisibleHeight().map(ViewshedTiming::checksum).orElse(0.0);
            long visible = r.visibleCells();
            System.out.printf("run %d: %.3f s wall %.3f s cpu (all threads)  visible %d  checksum %d %.6f%n", i,
                    (t1 - t0) / 1e9, (c1 - c0) / 1e9, visible, sum, need);
        }
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long checksum(ByteGrid g) {
        long h = 0;
        byte[] d = g.data();
        for (int i = 0; i < d.length; i++) {
            h = h * 31 + (d[i] & 0xff);
        }
        return h;
    }

    private static double checksum(FloatGrid g) {
        return Arrays.stream(toDouble(g.data())).filter(v -> v == v).sum();
    }

    private static double[] toDouble(float[] f) {
        double[] d = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            d[i] = f[i];
        }
        return d;
    }
}
