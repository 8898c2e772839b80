package org.plinth.app.cli;

import java.util.SplittableRandom;
import org.plinth.raster.Crs;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.GeoTransform;
import org.plinth.raster.GridGeometry;
import org.plinth.raster.visibility.Viewshed;
import org.plinth.raster.visibility.ViewshedOptions;
import org.plinth.raster.visibility.ViewshedResult;

/**
 * Compiles the viewshed sweep while a large DEM is being read: a one-off process spends its first
 * sweep partly in the interpreter and in C1 code, which on the 10000² benchmark DEM cost 0.15–0.3 s
 * more than a warm sweep. Sweeping a small synthetic terrain on a daemon thread while the main thread
 * reads the DEM (whose first 0.2 s, the JVM zeroing the new array, leaves the second core idle) gets
 * the sweep's hot methods compiled by the time the real one starts. Measured on 2 cores (2026-12-05):
 * 4000² viewshed 0.69–0.88 → 0.59–0.66 s, 10000² first sweep 0.69–0.75 → 0.56–0.58 s; below
 * {@link #MIN_CELLS} the job is over before the compiled code would arrive, and the extra thread only
 * competes with it (1000²: slower), so nothing is started. Results are discarded; the real sweep
 * does not depend on it. {@code PLINTH_WARMUP=0} turns it off.
 */
final class SweepWarmUp {
    /** Sweeps of fewer cells start no warm-up. */
    static final long MIN_CELLS = 2000L * 2000L;
    /** Side of the synthetic terrain: about 0.06 s of sweeping, enough for C2 to compile the loops. */
    private static final int SIZE = 600;

    private SweepWarmUp() {
    }

    /**
     * Starts the warm-up on a daemon thread when a sweep of {@code cells} cells is coming; returns the
     * thread, or null when none was started.
     */
    static Thread startFor(long cells) {
        if (cells < MIN_CELLS || "0".equals(System.getenv("PLINTH_WARMUP")) || !roomFor(cells)) {
            return null;
        }
        Thread t = new Thread(SweepWarmUp::sweepQuietly, "plinth-sweep-warm-up");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /**
     * Whether the heap has clear room for the real sweep (DEM and output, 5 bytes a cell) beside the
     * warm-up's few MB: the reader refuses a grid that does not fit what is free at that moment, and
     * the warm-up must never be what tips a job that fits into that refusal.
     */
    static boolean roomFor(long cells) {
        Runtime rt = Runtime.getRuntime();
        long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        return free > cells * 6 + (128L << 20);
    }

    /** The warm-up on its thread: whatever goes wrong there (even running out of memory) is not the job's. */
    private static void sweepQuietly() {
        try {
            sweep();
        } catch (Throwable ignored) {
            // a warm-up that fails only leaves the sweep to compile as it runs
        }
    }

    /** The warm-up sweep itself (its result is only for tests). */
    static ViewshedResult sweep() {
        float[] d = new float[SIZE * SIZE];
        SplittableRandom rnd = new SplittableRandom(20261205);
        for (int i = 0; i < d.length; i++) {
            int c = i % SIZE;
            int r = i / SIZE;
            d[i] = (float) (100 + 30 * Math.sin(c / 9.0) * Math.cos(r / 13.0) + 5 * rnd.nextDouble());
        }
        double cell = 30;
        GeoTransform t = GeoTransform.northUp(500_000, 6_000_000, cell, cell);
        FloatGrid dem = new FloatGrid(new GridGeometry(SIZE, SIZE, t, Crs.epsg(32633)), d, null);
        return new Viewshed(dem, ViewshedOptions.defaults().withObserver(t.centreX(SIZE / 2), t.centreY(SIZE / 2))
                .withObserverHeight(1.7)).compute();
    }
}
