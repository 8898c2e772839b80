package org.plinth.raster.io;

import java.util.function.IntFunction;
import org.plinth.raster.InvalidInputException;

/**
 * Refuses grids that cannot fit in the Java heap before allocating them, so the user gets a message
 * naming the file and sizes instead of an {@link OutOfMemoryError} half-way through a read.
 */
final class HeapCheck {
    /** Head-room kept free for decoding buffers and the rest of the program. */
    private static final long MARGIN = 64L << 20;

    private HeapCheck() {
    }

    /**
     * Allocates the float array for a {@code cols x rows} grid, or throws
     * {@link InvalidInputException} when it does not fit.
     */
    static float[] allocateFloats(String name, int cols, int rows) {
        return allocate(name, cols, rows, Float.BYTES, n -> new float[n]);
    }

    /** As {@link #allocateFloats}, one byte a cell (Byte rasters read as they are). */
    static byte[] allocateBytes(String name, int cols, int rows) {
        return allocate(name, cols, rows, 1, n -> new byte[n]);
    }

    private static <T> T allocate(String name, int cols, int rows, int cellBytes, IntFunction<T> array) {
        long cells = (long) cols * rows;
        long bytes = cells > Long.MAX_VALUE / cellBytes ? Long.MAX_VALUE : cells * cellBytes;
        Runtime rt = Runtime.getRuntime();
        long max = rt.maxMemory();
        long available = max - (rt.totalMemory() - rt.freeMemory()) - MARGIN;
        if (cells > Integer.MAX_VALUE - 8 || bytes > available) {
            throw tooLarge(name, cols, rows, bytes, max);
        }
        try {
            return array.apply((int) cells);
        } catch (OutOfMemoryError e) {
            throw tooLarge(name, cols, rows, bytes, max);
        }
    }

    /** Refuses a grid of more cells than a Java array holds, before anything is built on its size. */
    static void requireArraySize(String name, int cols, int rows) {
        if ((long) cols * rows > Integer.MAX_VALUE - 8) {
            // in double: cols * rows * 4 can pass Long.MAX_VALUE (a VRT may declare any size)
            throw tooLarge(name, cols, rows, (long) Math.min(Long.MAX_VALUE, (double) cols * rows * Float.BYTES),
                    Runtime.getRuntime().maxMemory());
        }
    }

    private static InvalidInputException tooLarge(String name, int cols, int rows, long bytes, long max) {
        String fix = (long) cols * rows > Integer.MAX_VALUE - 8
                ? "plinth holds at most 2^31 cells per grid; clip or resample it first (gdal_translate -srcwin or -tr)"
                : "run with a larger heap (-Xmx; plinth's launcher takes it from PLINTH_JAVA_OPTS) or clip it first"
                + " (gdal_translate -srcwin)";
        return new InvalidInputException(name + ": grid of " + cols + " x " + rows + " cells (" + (bytes >> 20)
                + " MB) is too large for the Java heap (" + (max >> 20) + " MB); " + fix);
    }
}
