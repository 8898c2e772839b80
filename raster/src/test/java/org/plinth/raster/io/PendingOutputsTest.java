package org.plinth.raster.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PendingOutputsTest {
    @TempDir
    Path dir;

    @Test
    void anAtomicWriteIsPendingOnlyWhileItsTemporaryExists() {
        Path target = dir.resolve("out.bin");
        Path[] seen = new Path[1];
        AtomicFile.write(target, tmp -> {
            seen[0] = tmp;
            assertThat(PendingOutputs.pending()).contains(tmp);
            Files.writeString(tmp, "x");
        });
        assertThat(seen[0].getFileName().toString()).startsWith(".out.bin.").endsWith(".tmp");
        assertThat(PendingOutputs.pending()).doesNotContain(seen[0]);
        assertThat(target).hasContent("x");
        assertThat(seen[0]).doesNotExist();
    }

    @Test
    void atShutdownPendingFilesAndFoldersAreDeleted() throws IOException {
        Path file = Files.writeString(dir.resolve(".a.tif.1-1.tmp"), "half");
        Path folder = Files.createDirectories(dir.resolve(".run.tmp-1/maps"));
        Files.writeString(folder.resolve("m.png"), "half");
        Path staging = dir.resolve(".run.tmp-1");
        Path keep = Files.writeString(dir.resolve("input.tif"), "user's");
        PendingOutputs.add(file);
        PendingOutputs.add(staging);
        PendingOutputs.deletePending();
        assertThat(file).doesNotExist();
        assertThat(staging).doesNotExist();
        assertThat(keep).exists();
        assertThat(PendingOutputs.pending()).isEmpty();
    }

    @Test
    void aFolderIsGoneEvenWhileAnotherThreadKeepsWritingIntoIt() throws Exception {
        // the siting run writes its maps and report straight into its staging folder; a Ctrl-C's hook
        // runs while that thread goes on, so files can appear after the hook listed the folder
        for (int round = 0; round < 10; round++) {
            Path staging = Files.createDirectories(dir.resolve(".run.tmp-" + round));
            for (int i = 0; i < 100; i++) {
                Files.writeString(staging.resolve("f" + i), "x");
            }
            PendingOutputs.add(staging);
            AtomicBoolean stop = new AtomicBoolean();
            Thread writer = new Thread(() -> {
                for (int i = 0; !stop.get(); i++) {
                    try {
                        Files.writeString(staging.resolve("g" + i), "x");
                    } catch (IOException e) {
                        return; // the folder is gone
                    }
                }
            });
            writer.start();
            PendingOutputs.deletePending();
            stop.set(true);
            writer.join();
            assertThat(staging).as("round " + round).doesNotExist();
            try (var left = Files.list(dir)) {
                assertThat(left).as("round " + round + ": nothing left, not even the folder renamed aside").isEmpty();
            }
        }
    }
}
