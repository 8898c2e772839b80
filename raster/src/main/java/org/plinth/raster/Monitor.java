package org.plinth.raster;

/**
 * How a long computation reports progress and learns it should stop. Kernels call
 * {@link #progress(double)} between rows or blocks and check {@link #isCancelled()} at the same
 * points; they never print. Implementations must be thread-safe: kernels may call from several
 * worker threads.
 */
public interface Monitor {
    /** Does nothing and never cancels. */
    Monitor NONE = new Monitor() {
        @Override
        public void progress(double fraction) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** Fraction done, 0..1, non-decreasing per computation. */
    void progress(double fraction);

    /** True when the caller wants the computation to stop; the kernel then throws {@link CancelledException}. */
    boolean isCancelled();

    /** Throws {@link CancelledException} when cancelled. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}
