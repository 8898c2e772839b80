package org.plinth.decision.robustness;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.plinth.raster.CancelledException;
import org.plinth.raster.Monitor;
import org.plinth.raster.RasterException;

/**
 * Runs numbered chunks of work on a fixed pool of worker threads created for one call and shut down
 * after it. Each worker owns a state object (scratch buffers, integer accumulators); the states are
 * returned so the caller can merge them. Results are independent of the thread count as long as a
 * chunk's work depends only on its number and accumulators merge exactly (integer counts); anything
 * order-sensitive must be written per chunk and combined by the caller in chunk order.
 */
final class ChunkRunner {

    /** The work of one chunk, given the worker's state. */
    interface Task<S> {
        void run(S state, int chunk);
    }

    private ChunkRunner() {
    }

    static int defaultParallelism() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Runs chunks {@code 0 .. chunks-1}, reporting progress from {@code from} to {@code to} and
     * checking cancellation before each chunk.
     */
    static <S> List<S> run(int chunks, int parallelism, Supplier<S> states, Task<S> task,
                           Monitor monitor, double from, double to) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be >= 1, was " + parallelism);
        }
        int workers = Math.max(1, Math.min(parallelism, chunks));
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean failed = new AtomicBoolean();
        Progress progress = new Progress(monitor, chunks, from, to);
        if (workers == 1) {
            S state = states.get();
            work(state, chunks, next, failed, task, monitor, progress);
            return Collections.singletonList(state);
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "plinth-robustness");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<S>> futures = new ArrayList<>(workers);
            for (int w = 0; w < workers; w++) {
                futures.add(pool.submit(() -> {
                    S state = states.get();
                    try {
                        work(state, chunks, next, failed, task, monitor, progress);
                    } catch (RuntimeException | Error e) {
                        failed.set(true);
                        throw e;
                    }
                    return state;
                }));
            }
            return collect(futures);
        } finally {
            pool.shutdownNow();
        }
    }

    private static <S> void work(S state, int chunks, AtomicInteger next, AtomicBoolean failed, Task<S> task,
                                 Monitor monitor, Progress progress) {
        for (int k = next.getAndIncrement(); k < chunks && !failed.get(); k = next.getAndIncrement()) {
            monitor.checkCancelled();
            task.run(state, k);
            progress.chunkDone();
        }
    }

    private static <S> List<S> collect(List<Future<S>> futures) {
        List<S> states = new ArrayList<>(futures.size());
        RuntimeException first = null;
        for (Future<S> f : futures) {
            try {
                states.add(f.get());
            } catch (ExecutionException e) {
                first = first != null ? first : unwrap(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancelledException();
            }
        }
        if (first != null) {
            throw first;
        }
        return states;
    }

    private static RuntimeException unwrap(Throwable cause) {
        if (cause instanceof RuntimeException re) {
            return re;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        return new RasterException("worker failed: " + cause, cause);
    }

    /** Monotone progress reporting from several threads. */
    private static final class Progress {
        private final Monitor monitor;
        private final int chunks;
        private final double from;
        private final double span;
        private int done;

        Progress(Monitor monitor, int chunks, double from, double to) {
            this.monitor = monitor;
            this.chunks = Math.max(1, chunks);
            this.from = from;
            this.span = to - from;
        }

        synchronized void chunkDone() {
            done++;
            monitor.progress(from + span * done / chunks);
        }
    }
}
