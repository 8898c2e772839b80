package org.plinth.raster.focal;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.plinth.raster.Monitor;

/** Runs a task over consecutive bands of rows in parallel, with progress and cancellation per band. */
final class Bands {
    private Bands() {
    }

    @FunctionalInterface
    interface BandTask {
        void run(int rowStart, int rowStop);
    }

    static void run(int rows, int bandRows, Monitor monitor, BandTask task) {
        int bands = (rows + bandRows - 1) / bandRows;
        AtomicInteger done = new AtomicInteger();
        IntStream.range(0, bands).parallel().forEach(b -> {
            monitor.checkCancelled();
            int r0 = b * bandRows;
            task.run(r0, Math.min(rows, r0 + bandRows));
            monitor.progress((double) done.incrementAndGet() / bands);
        });
    }

    /** Rows per band: enough bands for both cores and a useful progress bar, at most {@code cap}. */
    static int size(int rows, int cap) {
        int threads = Runtime.getRuntime().availableProcessors();
        return Math.max(1, Math.min(cap, (rows + 8 * threads - 1) / (8 * threads)));
    }
}
