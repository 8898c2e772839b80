package org.plinth.decision.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.plinth.raster.CancelledException;
import org.plinth.raster.Monitor;

class ChunkRunnerTest {

    /** Records progress values; cancels once {@code cancelAfter} values were reported. */
    private static final class Recorder implements Monitor {
        final List<Double> values = new ArrayList<>();
        final int cancelAfter;

        Recorder(int cancelAfter) {
            this.cancelAfter = cancelAfter;
        }

        @Override
        public synchronized void progress(double fraction) {
            values.add(fraction);
        }

        @Override
        public synchronized boolean isCancelled() {
            return values.size() >= cancelAfter;
        }
    }

    @Test
    void everyChunkRunsOnceAndProgressRisesToTheEnd() {
        Recorder rec = new Recorder(Integer.MAX_VALUE);
        int[] hits = new int[50];
        List<int[]> states = ChunkRunner.run(50, 3, () -> new int[1], (s, k) -> {
            hits[k]++;
            s[0]++;
        }, rec, 0.2, 0.8);
        assertThat(hits).containsOnly(1);
        assertThat(states.stream().mapToInt(s -> s[0]).sum()).isEqualTo(50);
        assertThat(rec.values).hasSize(50).isSorted();
        assertThat(rec.values.get(49)).isEqualTo(0.8);
    }

    @Test
    void cancellationStopsTheWork() {
        Recorder rec = new Recorder(5);
        AtomicInteger ran = new AtomicInteger();
        assertThatThrownBy(() -> ChunkRunner.run(1000, 2, () -> null, (s, k) -> ran.incrementAndGet(), rec, 0, 1))
                .isInstanceOf(CancelledException.class);
        assertThat(ran.get()).isLessThan(1000);
    }

    @Test
    void aWorkerFailureIsRethrownUnchanged() {
        assertThatThrownBy(() -> ChunkRunner.run(100, 2, () -> null, (s, k) -> {
            if (k == 37) {
                throw new IllegalStateException("chunk 37 failed");
            }
        }, Monitor.NONE, 0, 1)).isInstanceOf(IllegalStateException.class).hasMessage("chunk 37 failed");
    }

    @Test
    void smaaReportsProgressToOne() {
        Recorder rec = new Recorder(Integer.MAX_VALUE);
        new Smaa(ScoreMatrix.of(new double[][] {{1, 0}, {0, 1}}), WeightDistribution.uniform(2),
                SmaaOptions.defaults().withDraws(5000)).compute(rec);
        assertThat(rec.values).isSorted();
        assertThat(rec.values.get(rec.values.size() - 1)).isEqualTo(1.0);
    }
}
