package org.plinth.raster.visibility;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.InvalidInputException;
import org.plinth.raster.Monitor;
import org.plinth.raster.Window;

/**
 * Cumulative viewshed: for every cell, the number of observers that see it, or the sum of their
 * weights. Each observer's viewshed is exactly the {@link Viewshed} of
 * {@code options.withObserver(x, y)} (same line-of-sight model, heights, max distance and
 * curvature); the options' own observer position and outputs are not used.
 *
 * <p>Algorithm: observers standing in the same cell are merged (weights added), since their
 * viewsheds are identical. Each remaining observer's viewshed is swept only inside its
 * max-distance window, into a reusable per-worker byte buffer, and its weight added to the shared
 * float accumulator under a lock per band of rows. Observers run in parallel on the common
 * fork-join pool; with fewer than {@value #PARALLEL_OBSERVERS} observers each viewshed is itself
 * swept in parallel instead. Memory: the DEM, the float result and one window buffer per worker
 * (a quarter of the DEM's size per worker at most).
 *
 * <p>NoData: DEM NoData cells are NaN (declared NoData) in the result; a cell no observer reaches
 * is 0. Weights are summed in float in an unspecified order, so a weighted sum may differ from a
 * sequential sum in the last bit; counts and integer weights below 2<sup>24</sup> are exact.
 *
 * <p>Limits: every observer must stand on a data cell inside the DEM
 * ({@link InvalidInputException} names the first one that does not).
 */
public final class CumulativeVisibility {
    private static final int PARALLEL_OBSERVERS = 4;
    private static final int ROWS_PER_LOCK = 64;

    private final FloatGrid dem;
    private final Monitor monitor;
    private final List<SightFrame> frames = new ArrayList<>();
    private final List<Float> weights = new ArrayList<>();

    public CumulativeVisibility(FloatGrid dem, List<Viewpoint> observers, ViewshedOptions options) {
        this(dem, observers, options, Monitor.NONE);
    }

    /** Checks the DEM and every observer; throws {@link InvalidInputException} naming the first bad observer. */
    public CumulativeVisibility(FloatGrid dem, List<Viewpoint> observers, ViewshedOptions options, Monitor monitor) {
        this.dem = dem;
        this.monitor = monitor;
        SightFrame.requireUsableGrid(dem.geometry());
        Map<Integer, Double> weightByCell = new LinkedHashMap<>();
        Map<Integer, SightFrame> frameByCell = new LinkedHashMap<>();
        for (int i = 0; i < observers.size(); i++) {
            Viewpoint o = observers.get(i);
            SightFrame f;
            try {
                f = SightFrame.of(dem, options.withObserver(o.x(), o.y()));
            } catch (InvalidInputException e) {
                throw new InvalidInputException("observer #" + (i + 1) + ": " + e.getMessage(), e);
            }
            int cell = f.observerRow * f.cols + f.observerCol;
            frameByCell.putIfAbsent(cell, f);
            weightByCell.merge(cell, o.weight(), Double::sum);
        }
        for (Map.Entry<Integer, SightFrame> e : frameByCell.entrySet()) {
            frames.add(e.getValue());
            weights.add((float) (double) weightByCell.get(e.getKey()));
        }
    }

    /** Shortcut for {@code new CumulativeVisibility(dem, observers, options).compute()}. */
    public static FloatGrid of(FloatGrid dem, List<Viewpoint> observers, ViewshedOptions options) {
        return new CumulativeVisibility(dem, observers, options).compute();
    }

    /** Distinct observer cells (observers in one cell count once, with their weights added). */
    public int distinctObserverCells() {
        return frames.size();
    }

    public FloatGrid compute() {
        float[] sum = new float[dem.data().length];
        Object[] locks = new Object[(dem.rows() + ROWS_PER_LOCK - 1) / ROWS_PER_LOCK];
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new Object();
        }
        ConcurrentLinkedQueue<byte[]> buffers = new ConcurrentLinkedQueue<>();
        boolean observersInParallel = frames.size() >= PARALLEL_OBSERVERS;
        AtomicInteger done = new AtomicInteger();
        Monitor cancelOnly = new Monitor() {
            @Override
            public void progress(double fraction) {
            }

            @Override
            public boolean isCancelled() {
                return monitor.isCancelled();
            }
        };
        IntStream ids = IntStream.range(0, frames.size());
        (observersInParallel ? ids.parallel() : ids).forEach(i -> {
            SightFrame f = frames.get(i);
            Window w = f.reach();
            int cells = w.width() * w.height();
            byte[] buffer = buffers.poll();
            if (buffer == null || buffer.length < cells) {
                buffer = new byte[cells];
            }
            Arrays.fill(buffer, 0, cells, (byte) Viewshed.NOT_VISIBLE);
            VisibilityCanvas canvas = new VisibilityCanvas(w, buffer, null);
            Viewshed.sweepAll(f, canvas, observersInParallel ? 1 : 4, !observersInParallel, cancelOnly);
            add(sum, canvas, weights.get(i), locks);
            buffers.add(buffer);
            monitor.checkCancelled();
            synchronized (done) {
                monitor.progress((double) done.incrementAndGet() / frames.size());
            }
        });
        float[] z = dem.data();
        for (int i = 0; i < z.length; i++) {
            if (dem.isNoData(z[i])) {
                sum[i] = Float.NaN;
            }
        }
        return new FloatGrid(dem.geometry(), sum, Float.NaN);
    }

    private void add(float[] sum, VisibilityCanvas canvas, float weight, Object[] locks) {
        Window w = canvas.window;
        int cols = dem.cols();
        byte visible = (byte) Viewshed.VISIBLE;
        for (int band = w.rowStart() / ROWS_PER_LOCK; band * ROWS_PER_LOCK < w.rowStop(); band++) {
            int r0 = Math.max(w.rowStart(), band * ROWS_PER_LOCK);
            int r1 = Math.min(w.rowStop(), (band + 1) * ROWS_PER_LOCK);
            synchronized (locks[band]) {
                for (int r = r0; r < r1; r++) {
                    int src = (r - w.rowStart()) * w.width();
                    int dst = r * cols + w.colStart();
                    for (int c = 0; c < w.width(); c++) {
                        if (canvas.visibility[src + c] == visible) {
                            sum[dst + c] += weight;
                        }
                    }
                }
            }
        }
    }
}
