package org.plinth.siting.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import org.plinth.raster.io.FileErrors;
import org.plinth.raster.io.PendingOutputs;
import org.plinth.siting.BadInputException;

/**
 * A run's outputs are written into a fresh temporary folder beside the target and moved into place
 * only when everything succeeded: a failed run never leaves half a report or overwrites a good one.
 *
 * <p>On {@link #commit()} an existing target is first renamed aside, the new folder renamed into
 * place, then the old one deleted; on {@link #close()} without commit the temporary folder is
 * deleted.
 */
public final class OutputFolder implements AutoCloseable {
    private final Path target;
    private final Path staging;
    private boolean committed;

    private OutputFolder(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /**
     * Refuses a target that a run must not replace: a file, a folder under a file, or a folder
     * that holds something other than an earlier run's outputs (no {@code summary.json}), such as
     * the scenario's own folder. Cheap, so callers check before a long computation.
     */
    public static void checkTarget(Path target) {
        Path abs = target.toAbsolutePath().normalize();
        for (Path p = abs; p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                throw new BadInputException("output folder " + target + ": " + p + " is a file, not a folder");
            }
        }
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        // the staging folder is made beside the target, in its parent (or the nearest parent that exists)
        Path writeIn = existing == null ? null : existing.equals(abs) ? abs.getParent() : existing;
        if (writeIn != null && !Files.isWritable(writeIn)) {
            throw new BadInputException("output folder " + target + ": permission denied on " + writeIn
                    + "; name a folder you can write in");
        }
        if (Files.isDirectory(abs) && !Files.exists(abs.resolve("summary.json")) && !isEmpty(abs)) {
            throw new BadInputException("output folder " + target + ": the folder exists and does not hold an earlier run's"
                    + " outputs (no summary.json); plinth replaces its output folder, so name a new or empty one");
        }
    }

    /**
     * {@link #checkTarget(Path)}, and refuses a target that is or holds one of {@code inputs} (the
     * scenario file, its data, its DEM tiles): replacing the folder would delete them, even when an
     * earlier run left a summary.json there.
     */
    public static void checkTarget(Path target, Collection<Path> inputs) {
        Path abs = real(target);
        for (Path input : inputs) {
            if (input != null && real(input).startsWith(abs)) {
                throw new BadInputException("output folder " + target + ": it holds " + input + ", an input of the run;"
                        + " plinth replaces its output folder, so name one outside the scenario's files");
            }
        }
        checkTarget(target);
    }

    /**
     * The path with links resolved (a link to the scenario's folder is that folder): of its nearest part
     * that exists, with the rest appended.
     */
    private static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(abs));
        } catch (IOException e) {
            return abs;
        }
    }

    private static boolean isEmpty(Path dir) {
        try (java.util.stream.Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Creates the staging folder for {@code target}. */
    public static OutputFolder create(Path target) {
        checkTarget(target);
        Path abs = target.toAbsolutePath().normalize();
        try {
            Files.createDirectories(abs.getParent());
            // .NAME.tmp-PID-N beside the target, registered for Ctrl-C before it exists
            return new OutputFolder(abs, PendingOutputs.createNew(abs.getParent(), "." + abs.getFileName() + ".tmp-",
                    "", true));
        } catch (IOException e) {
            // name the folder, not the staging folder's random name
            throw new UncheckedIOException("cannot create an output folder in " + abs.getParent() + ": "
                    + FileErrors.reason(e), e);
        }
    }

    /** Where to write files now. */
    public Path staging() {
        return staging;
    }

    /** The final location. */
    public Path target() {
        return target;
    }

    /** Moves the staged outputs into place, replacing an earlier run's. */
    public void commit() {
        try {
            Path old = Files.exists(target)
                    ? target.resolveSibling("." + target.getFileName() + ".old-" + System.nanoTime()) : null;
            // under PendingOutputs' lock, so that Ctrl-C cannot delete the staging folder half-way into place
            PendingOutputs.commit(staging, () -> {
                if (old != null) {
                    // the earlier run, moved aside, is deleted once the new one is in place; registered so
                    // that a Ctrl-C while it is being deleted does not leave it behind either
                    PendingOutputs.add(old);
                    try {
                        move(target, old);
                    } catch (IOException e) {
                        PendingOutputs.done(old);
                        throw e;
                    }
                }
                try {
                    move(staging, target);
                } catch (IOException e) {
                    if (old != null) {
                        move(old, target); // put the earlier run back rather than leave it hidden
                        PendingOutputs.done(old);
                    }
                    throw e;
                }
            });
            committed = true;
            if (old != null) {
                deleteTree(old);
                PendingOutputs.done(old);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the outputs into " + target + ": " + e.getMessage(), e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    @Override
    public void close() {
        if (!committed) {
            try {
                deleteTree(staging);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove the temporary folder " + staging, e);
            } finally {
                PendingOutputs.done(staging);
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
