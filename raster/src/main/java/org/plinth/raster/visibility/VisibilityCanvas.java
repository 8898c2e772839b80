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
    /** Data targets the sweeps answered, and those of them found visible (the observer cell not included). */
    private final LongAdder dataTargets = new LongAdder();
    private final LongAdder visibleTargets = new LongAdder();

    VisibilityCanvas(Window window, byte[] visibility, float[] minimumHeight) {
        this.window = window;
        this.visibility = visibility;
        this.minimumHeight = minimumHeight;
    }

    /** Adds one sweep's counts (each sweep adds once, at its end). */
    void count(long data, long visible) {
        dataTargets.add(data);
        visibleTargets.add(visible);
    }

    long dataTargets() {
        return dataTargets.sum();
    }

    long visibleTargets() {
        return visibleTargets.sum();
    }

    int indexOf(int col, int row) {
        return (row - window.rowStart()) * window.width() + (col - window.colStart());
    }
}
