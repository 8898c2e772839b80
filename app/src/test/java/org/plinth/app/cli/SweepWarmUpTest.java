package org.plinth.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import org.junit.jupiter.api.Test;
import org.plinth.raster.visibility.ViewshedResult;

class SweepWarmUpTest {
    @Test
    void smallSweepsStartNoWarmUp() {
        assertThat(SweepWarmUp.startFor(SweepWarmUp.MIN_CELLS - 1)).isNull();
        assertThat(SweepWarmUp.startFor(1000L * 1000L)).isNull();
    }

    @Test
    void noWarmUpWithoutClearRoomOnTheHeap() {
        long max = Runtime.getRuntime().maxMemory();
        assertThat(SweepWarmUp.roomFor(max / 5)).isFalse();
        assertThat(SweepWarmUp.startFor(max / 5)).isNull();
    }

    @Test
    void theWarmUpSweepsItsWholeSyntheticTerrain() {
        ViewshedResult r = SweepWarmUp.sweep();
        assertThat(r.cellsInReach()).isEqualTo(600L * 600L);
        assertThat(r.visibleCells()).isBetween(2L, 600L * 600L - 1);
    }

    @Test
    void aLargeSweepStartsADaemonThatFinishes() throws InterruptedException {
        assumeThat(System.getenv("PLINTH_WARMUP")).as("warm-up not turned off").isNotEqualTo("0");
        Thread t = SweepWarmUp.startFor(SweepWarmUp.MIN_CELLS);
        assertThat(t).isNotNull();
        assertThat(t.isDaemon()).isTrue();
        t.join(60_000);
        assertThat(t.isAlive()).isFalse();
    }
}
