package org.plinth.app.cli;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;
import org.plinth.raster.Monitor;

/**
 * A {@link Monitor} that draws a one-line progress bar on stderr when stderr is a terminal and the
 * user did not ask for {@code --quiet}; otherwise silent. Thread-safe: kernels call it from workers.
 */
public final class ConsoleMonitor implements Monitor, AutoCloseable {
    private static final int WIDTH = 30;
    private final PrintStream err;
    private final String task;
    private final boolean enabled;
    private final AtomicInteger lastPercent = new AtomicInteger(-1);
    private final long startNanos = System.nanoTime();

    private ConsoleMonitor(PrintStream err, String task, boolean enabled) {
        this.err = err;
        this.task = task;
        this.enabled = enabled;
    }

    /** A monitor for one task; silent when {@code quiet} or when there is no console. */
    public static ConsoleMonitor open(String task, boolean quiet) {
        boolean tty = System.console() != null && !"1".equals(System.getenv("PLINTH_NO_PROGRESS"));
        return new ConsoleMonitor(System.err, task, !quiet && tty);
    }

    @Override
    public void progress(double fraction) {
        if (!enabled) {
            return;
        }
        int pct = (int) Math.max(0, Math.min(100, Math.floor(fraction * 100)));
        int prev = lastPercent.get();
        // Redraw only when the percentage grows, and only after the task has run for half a second.
        if (pct <= prev || System.nanoTime() - startNanos < 500_000_000L || !lastPercent.compareAndSet(prev, pct)) {
            return;
        }
        int filled = pct * WIDTH / 100;
        synchronized (err) {
            err.print("\r" + task + " [" + "=".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + pct + "%");
            err.flush();
        }
    }

    @Override
    public boolean isCancelled() {
        return Thread.currentThread().isInterrupted();
    }

    @Override
    public void close() {
        if (enabled && lastPercent.get() >= 0) {
            synchronized (err) {
                err.print("\r" + " ".repeat(task.length() + WIDTH + 10) + "\r");
                err.flush();
            }
        }
    }
}
