package org.plinth.app.cli;

import java.util.function.Consumer;

/**
 * Prints the name of each step of a long job on stderr, with the elapsed time, when stderr is a
 * terminal and {@code --quiet} is off.
 */
final class StepPrinter implements Consumer<String> {
    private final boolean enabled;
    private final boolean forced;
    private final long start = System.nanoTime();

    StepPrinter(boolean quiet) {
        // PLINTH_PROGRESS=1 forces the step lines (each on its own line) where stderr is not a terminal.
        this.forced = "1".equals(System.getenv("PLINTH_PROGRESS"));
        this.enabled = !quiet && (forced || System.console() != null) && !"1".equals(System.getenv("PLINTH_NO_PROGRESS"));
    }

    @Override
    public void accept(String step) {
        if (enabled && step != null) {
            System.err.printf(forced ? "[%5.1f s] %s ...%n" : "\r\033[K[%5.1f s] %s ...", (System.nanoTime() - start) / 1e9,
                    step);
            System.err.flush();
        }
    }

    void done() {
        if (enabled) {
            System.err.printf(forced ? "[%5.1f s] done%n" : "\r\033[K[%5.1f s] done%n", (System.nanoTime() - start) / 1e9);
        }
    }
}
