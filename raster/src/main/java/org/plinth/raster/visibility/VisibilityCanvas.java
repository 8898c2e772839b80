package org.plinth.raster.visibility;

import java.util.concurrent.atomic.LongAdder;
import org.plinth.raster.Window;

/**
 * Where a sweep writes its answers: a window of the grid with a visibility byte array and, on
 * request, a minimum-visible-height array, both row-major over the window. Cells the sweeps do not
 * reach keep whatever the owner filled in.
 */
final class VisibilityCanvas {
    final Window window;
    final byte[] visibility;
    final float[] minimumHeight;
    /** Targets the sweeps answered, those of them that were NoData, and those found visible. */
    private final LongAdder answered = new LongAdder();
    private final LongAdder noData = new LongAdder();
    private final LongAdder visible = new LongAdder();

    VisibilityCanvas(Window window, byte[] visibility, float[] minimumHeight) {
        this.window = window;
        this.visibility = visibility;
        this.minimumHeight = minimumHeight;
    }

    /** Adds one sweep's counts (each sweep adds once, at its end). */
    void count(long answeredTargets, long noDataTargets, long visibleTargets) {
        answered.add(answeredTargets);
        noData.add(noDataTargets);
        visible.add(visibleTargets);
    }

    /** Data cells the sweeps answered (the observer cell not included). */
    long dataTargets() {
        return answered.sum() - noData.sum();
    }

    /** Targets found visible (the observer cell not included). */
    long visibleTargets() {
        return visible.sum();
    }

    int indexOf(int col, int row) {
        return (row - window.rowStart()) * window.width() + (col - window.colStart());
    }
}
