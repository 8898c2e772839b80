package org.plinth.app.cli;

import org.plinth.raster.Monitor;

/**
 * One phase of a command (read, compute, write) reporting into a share {@code [from, to]} of the
 * command's progress bar; cancellation is the parent's.
 */
final class MonitorPhase implements Monitor {
    private final Monitor parent;
    private final double from;
    private final double to;

    MonitorPhase(Monitor parent, double from, double to) {
        this.parent = parent;
        this.from = from;
        this.to = to;
    }

    @Override
    public void progress(double fraction) {
        parent.progress(from + Math.max(0, Math.min(1, fraction)) * (to - from));
    }

    @Override
    public boolean isCancelled() {
        return parent.isCancelled();
    }
}
