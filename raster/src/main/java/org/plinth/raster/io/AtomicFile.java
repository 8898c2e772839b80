package org.plinth.raster.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file through a temporary sibling that is moved over the target only when writing
 * succeeded (atomically where the file system can), so a failure or a crash never leaves a
 * half-written file under the target's name, and an interrupted run (Ctrl-C, {@code kill}) removes the
 * temporary too ({@link PendingOutputs}).
 */
final class AtomicFile {
    /** Writes the content into the given temporary path. */
    @FunctionalInterface
    interface Body {
        void write(Path temporary) throws IOException;
    }

    private AtomicFile() {
    }

    static void write(Path target, Body body) {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Path tmp = null;
        boolean done = false;
        try {
            // .NAME.PID-N.tmp beside the target, registered for Ctrl-C before it exists
            tmp = PendingOutputs.createNew(dir, "." + absolute.getFileName() + ".", ".tmp", false);
            body.write(tmp);
            Path written = tmp;
            PendingOutputs.commit(tmp, () -> {
                try {
                    Files.move(written, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(written, absolute, StandardCopyOption.REPLACE_EXISTING);
                }
            });
            done = true;
        } catch (IOException e) {
            // name the folder, not the temporary file the user never chose
            throw new UncheckedIOException("cannot write " + target.getFileName() + " in " + dir + ": "
                    + FileErrors.reason(e), e);
        } finally {
            if (!done && tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // The original failure matters more than a leftover temporary file.
                }
            }
            if (tmp != null) {
                PendingOutputs.done(tmp);
            }
        }
    }
}
