package org.plinth.raster.visibility;

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

    VisibilityCanvas(Window window, byte[] visibility, float[] minimumHeight) {
        this.window = window;
        this.visibility = visibility;
        this.minimumHeight = minimumHeight;
    }

    int indexOf(int col, int row) {
        return (row - window.rowStart()) * window.width() + (col - window.colStart());
    }
}
