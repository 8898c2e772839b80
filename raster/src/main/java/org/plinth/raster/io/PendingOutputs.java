package org.plinth.raster.io;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Temporary outputs (files or folders) that are being written and not yet moved into place. If the
 * JVM shuts down first — Ctrl-C, {@code kill}, the end of {@code main} while another thread writes —
 * a shutdown hook deletes them, so an interrupted run leaves neither a half-written output nor its
 * hidden temporary beside it. (A {@code kill -9} runs no hook; nothing can clean up after that.)
 *
 * <p>The one piece of process-wide state in the I/O layer, by necessity: a shutdown hook is per process.
 */
public final class PendingOutputs {
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();
    private static final AtomicLong COUNTER = new AtomicLong();
    /** Serialises moving a temporary into place with the shutdown hook's deleting. */
    private static final Object LOCK = new Object();
    private static boolean shuttingDown;

    /** Moves a finished temporary into place. */
    @FunctionalInterface
    public interface Move {
        void run() throws IOException;
    }

    private PendingOutputs() {
    }

    /** Installed with the first registration, so a run that writes nothing installs none. */
    private static boolean hooked;

    /**
     * Whether the program is being stopped (Ctrl-C, kill) and the temporary outputs are being removed: a
     * write that fails then failed because of that, not because of the disk.
     */
    public static boolean isShuttingDown() {
        synchronized (LOCK) {
            return shuttingDown;
        }
    }

    /**
     * Registers a temporary file or folder about to be written (register before creating it, so the
     * hook cannot miss it); call {@link #done} or {@link #commit} when it is gone or in place.
     *
     * @throws IllegalStateException when the program is being stopped: nothing new is started then
     */
    public static void add(Path temporary) {
        synchronized (LOCK) {
            if (shuttingDown) {
                throw new IllegalStateException("the program is being stopped");
            }
            if (!hooked) {
                // throws IllegalStateException too when the JVM is already shutting down
                Runtime.getRuntime().addShutdownHook(new Thread(PendingOutputs::deleteAll, "plinth-pending-outputs"));
                hooked = true;
            }
            PENDING.add(temporary);
        }
    }

    /**
     * Creates a new, empty file or folder {@code prefix + PID-N + suffix} in {@code dir}, registered
     * before it exists (a Ctrl-C at any moment leaves nothing behind) and created exclusively (an
     * existing file or link of that name is never followed or reused), with the default permissions.
     * Not {@code Files.createTemp*}: their random names cost a {@code SecureRandom} (some 25 ms on a
     * cold JVM) and their owner-only permissions would have to be relaxed for shared outputs.
     */
    public static Path createNew(Path dir, String prefix, String suffix, boolean folder) throws IOException {
        String stem = prefix + ProcessHandle.current().pid() + "-";
        for (int attempt = 0; ; attempt++) {
            Path p = dir.resolve(stem + COUNTER.incrementAndGet() + suffix);
            add(p);
            try {
                return folder ? Files.createDirectory(p) : Files.createFile(p);
            } catch (FileAlreadyExistsException e) {
                done(p);
                if (attempt >= 100) {
                    throw e;
                }
            } catch (IOException e) {
                done(p);
                throw e;
            }
        }
    }

    /** The temporary is no longer pending (deleted after a failure). */
    public static void done(Path temporary) {
        PENDING.remove(temporary);
    }

    /**
     * Moves {@code temporary} into place with {@code move} and marks it done, unless the JVM is shutting
     * down: then the hook has deleted it or is about to, and moving a half-deleted output over the
     * previous one would lose both, so this throws instead. The hook waits for a move in progress.
     *
     * @throws IOException from the move, or when shutting down
     */
    public static void commit(Path temporary, Move move) throws IOException {
        synchronized (LOCK) {
            if (shuttingDown) {
                throw new IOException("the program is being stopped");
            }
            move.run();
            PENDING.remove(temporary);
        }
    }

    static Set<Path> pending() {
        return Set.copyOf(PENDING);
    }

    /** Deletes every pending temporary, folders with their contents; best effort, as the JVM is going down. */
    static void deleteAll() {
        synchronized (LOCK) {
            shuttingDown = true;
            deletePending();
        }
    }

    /**
     * Deletes every pending temporary now (the hook's work, without refusing later moves). Other threads
     * run on while the hook does, and one may still be writing files into a pending folder (the siting
     * run writes its maps and report straight into its staging folder): a folder is first renamed aside,
     * so that no new file can appear in it under its old name, then deleted, walking it again while
     * something is left (at most about a second).
     */
    static void deletePending() {
        for (Path p : PENDING) {
            Path doomed = p;
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    doomed = Files.move(p, p.resolveSibling(p.getFileName() + ".deleting"), StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException | RuntimeException e) {
                    // delete it where it is
                }
            }
            for (int attempt = 0; attempt < 50 && Files.exists(doomed, LinkOption.NOFOLLOW_LINKS); attempt++) {
                if (attempt > 0) {
                    pause();
                }
                try (Stream<Path> walk = Files.walk(doomed)) {
                    walk.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                } catch (IOException | RuntimeException e) {
                    // a file deleted or written while walking: the next attempt sees what is left
                }
            }
        }
        PENDING.clear();
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
