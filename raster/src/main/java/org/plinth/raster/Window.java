package org.plinth.raster;

/**
 * A rectangle of cells, half-open: columns {@code [colStart, colStop)}, rows {@code [rowStart, rowStop)}.
 */
public record Window(int colStart, int rowStart, int colStop, int rowStop) {

    public Window {
        if (colStop < colStart || rowStop < rowStart) {
            throw new IllegalArgumentException("window stop before start: cols [" + colStart + ", " + colStop
                    + "), rows [" + rowStart + ", " + rowStop + ")");
        }
    }

    public int width() {
        return colStop - colStart;
    }

    public int height() {
        return rowStop - rowStart;
    }

    public boolean isEmpty() {
        return width() == 0 || height() == 0;
    }

    public boolean contains(int col, int row) {
        return col >= colStart && col < colStop && row >= rowStart && row < rowStop;
    }

    /** The part of this window inside {@code other}; may be empty. */
    public Window intersect(Window other) {
        int c0 = Math.max(colStart, other.colStart);
        int r0 = Math.max(rowStart, other.rowStart);
        int c1 = Math.max(c0, Math.min(colStop, other.colStop));
        int r1 = Math.max(r0, Math.min(rowStop, other.rowStop));
        return new Window(c0, r0, c1, r1);
    }
}
