package org.plinth.raster;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Runs a row-wise computation over bands of consecutive rows in parallel, reporting progress and
 * honouring cancellation between rows.
 *
 * <p>Bands are handed to a parallel stream (the common fork-join pool, plus the calling thread), so a
 * kernel uses every core without owning threads; several bands per worker even out uneven rows. Each
 * band body is called once with its half-open row range and must touch only its own output rows.
 * Cancellation: {@link Ticker#rowDone()} throws {@link CancelledException} when the monitor asks, and
 * the exception reaches the caller of {@link #run}.
 */
public final class RowBands {
    private static final int BANDS_PER_WORKER = 4;
    private static final int MIN_ROWS_PER_BAND = 8;

    private RowBands() {
    }

    /** The work for one band of rows {@code [rowStart, rowStop)}. */
    @FunctionalInterface
    public interface Body {
        void run(int rowStart, int rowStop, Ticker ticker);
    }

    /** Called by a band body after each row: reports progress and checks cancellation. */
    public interface Ticker {
        void rowDone();
    }

    /** Runs {@code body} over all {@code rows} in parallel bands; progress goes to {@code monitor}. */
    public static void run(int rows, Monitor monitor, Body body) {
        if (rows <= 0) {
            return;
        }
        int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
        int bands = Math.max(1, Math.min(workers * BANDS_PER_WORKER, rows / MIN_ROWS_PER_BAND));
        AtomicInteger done = new AtomicInteger();
        double total = rows;
        Ticker ticker = () -> {
            monitor.checkCancelled();
            monitor.progress(done.incrementAndGet() / total);
        };
        monitor.checkCancelled();
        IntStream.range(0, bands).parallel().forEach(b -> {
            int start = (int) ((long) rows * b / bands);
            int stop = (int) ((long) rows * (b + 1) / bands);
            body.run(start, stop, ticker);
        });
    }
}
