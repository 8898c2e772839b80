package org.plinth.decision.standardise;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.Monitor;

/** Applies a {@link Standardisation} to every cell of a grid, rows in parallel. */
final class GridScorer {
    private GridScorer() {
    }

    static FloatGrid apply(Standardisation s, FloatGrid raw, Monitor monitor) {
        int cols = raw.cols();
        int rows = raw.rows();
        float[] in = raw.data();
        float[] out = new float[in.length];
        AtomicInteger done = new AtomicInteger();
        IntStream.range(0, rows).parallel().forEach(r -> {
            monitor.checkCancelled();
            int base = r * cols;
            for (int i = base; i < base + cols; i++) {
                float v = in[i];
                out[i] = raw.isNoData(v) ? Float.NaN : (float) s.score(v);
            }
            monitor.progress(done.incrementAndGet() / (double) rows);
        });
        return new FloatGrid(raw.geometry(), out, null);
    }
}
