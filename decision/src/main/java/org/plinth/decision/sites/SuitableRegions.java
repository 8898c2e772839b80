package org.plinth.decision.sites;

import java.util.Arrays;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.Monitor;

/**
 * Connected regions of suitable cells: cells whose score is at or above a threshold (NoData never
 * is), joined through any of their 8 neighbours. Region ids run from 1 in the order in which a
 * row-major scan (north-west first) first meets each region; 0 labels unsuitable cells.
 *
 * <p>Algorithm: one row-major scan with an explicit-stack flood fill from each unlabelled suitable
 * cell, O(cells). Area is cell count × cell width × cell height (CRS units squared).
 */
public final class SuitableRegions {
    private final int[] labels;
    private final int[] cellCounts;
    private final double cellArea;

    private SuitableRegions(int[] labels, int[] cellCounts, double cellArea) {
        this.labels = labels;
        this.cellCounts = cellCounts;
        this.cellArea = cellArea;
    }

    /** Labels the regions of {@code suitability} at or above {@code threshold}. */
    public static SuitableRegions label(FloatGrid suitability, double threshold, Monitor monitor) {
        int cols = suitability.cols();
        int rows = suitability.rows();
        float[] d = suitability.data();
        boolean[] ok = new boolean[d.length];
        for (int i = 0; i < d.length; i++) {
            ok[i] = !suitability.isNoData(d[i]) && d[i] >= threshold;
        }
        int[] labels = new int[d.length];
        int[] counts = new int[16];
        int next = 0;
        int[] stack = new int[64];
        for (int r = 0; r < rows; r++) {
            monitor.checkCancelled();
            for (int c = 0; c < cols; c++) {
                int i = r * cols + c;
                if (!ok[i] || labels[i] != 0) {
                    continue;
                }
                next++;
                if (next == counts.length) {
                    counts = Arrays.copyOf(counts, counts.length * 2);
                }
                labels[i] = next;
                int top = 0;
                stack[top++] = i;
                int n = 0;
                while (top > 0) {
                    int p = stack[--top];
                    n++;
                    int pr = p / cols;
                    int pc = p - pr * cols;
                    for (int dr = -1; dr <= 1; dr++) {
                        int qr = pr + dr;
                        if (qr < 0 || qr >= rows) {
                            continue;
                        }
                        for (int dc = -1; dc <= 1; dc++) {
                            int qc = pc + dc;
                            int q = qr * cols + qc;
                            if (qc < 0 || qc >= cols || !ok[q] || labels[q] != 0) {
                                continue;
                            }
                            labels[q] = next;
                            if (top == stack.length) {
                                stack = Arrays.copyOf(stack, stack.length * 2);
                            }
                            stack[top++] = q;
                        }
                    }
                }
                counts[next] = n;
            }
            monitor.progress((r + 1) / (double) rows);
        }
        double cellArea = suitability.geometry().transform().cellWidth()
                * suitability.geometry().transform().cellHeight();
        return new SuitableRegions(labels, Arrays.copyOf(counts, next + 1), cellArea);
    }

    /** Number of regions. */
    public int count() {
        return cellCounts.length - 1;
    }

    /** Region id of cell {@code index} (row-major), 0 when unsuitable. */
    public int labelAt(int index) {
        return labels[index];
    }

    /** A copy of the labels, row-major. */
    public int[] labels() {
        return labels.clone();
    }

    /** Number of cells in region {@code id} (1..count). */
    public int cellCount(int id) {
        checkId(id);
        return cellCounts[id];
    }

    /** Area of region {@code id} in CRS units squared. */
    public double area(int id) {
        checkId(id);
        return cellCounts[id] * cellArea;
    }

    private void checkId(int id) {
        if (id < 1 || id >= cellCounts.length) {
            throw new IllegalArgumentException("region id must be in 1.." + count() + ", was " + id);
        }
    }
}
