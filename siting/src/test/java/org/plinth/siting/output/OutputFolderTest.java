package org.plinth.siting.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plinth.siting.BadInputException;

/** What a run's output folder may replace, and what it says when it cannot be made. */
class OutputFolderTest {
    @Test
    void newEmptyOrEarlierOutputFoldersAreAccepted(@TempDir Path dir) throws IOException {
        OutputFolder.checkTarget(dir.resolve("new/deeper"));
        Files.createDirectories(dir.resolve("empty"));
        OutputFolder.checkTarget(dir.resolve("empty"));
        Files.createDirectories(dir.resolve("earlier"));
        Files.writeString(dir.resolve("earlier/summary.json"), "{}");
        OutputFolder.checkTarget(dir.resolve("earlier"));
    }

    @Test
    void aFileOrAFolderOfOtherThingsIsRefused(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "x");
        assertThatThrownBy(() -> OutputFolder.checkTarget(dir.resolve("notes.txt/o")))
                .isInstanceOf(BadInputException.class).hasMessageEndingWith("notes.txt is a file, not a folder");
        assertThatThrownBy(() -> OutputFolder.checkTarget(dir)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("does not hold an earlier run's outputs");
        assertThat(dir.resolve("notes.txt")).hasContent("x");
    }

    @Test
    void aReadOnlyParentSaysPermissionDenied(@TempDir Path dir) throws IOException {
        Path ro = Files.createDirectories(dir.resolve("ro"));
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(ro), "running as root: permissions are not enforced");
            assertThatThrownBy(() -> OutputFolder.create(ro.resolve("o"))).isInstanceOf(BadInputException.class)
                    .hasMessageContaining("permission denied on " + ro);
            assertThatThrownBy(() -> OutputFolder.create(ro.resolve("new/deeper"))).isInstanceOf(BadInputException.class)
                    .hasMessageContaining("permission denied on " + ro);
        } finally {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aCommitThatFailsPutsTheEarlierRunBack(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("summary.json"), "{\"earlier\": true}");
        OutputFolder folder = OutputFolder.create(out);
        Files.writeString(folder.staging().resolve("summary.json"), "{}");
        // the staging folder vanishes before the move (a disk error, a user's rm): the move into place fails
        OutputFolder.deleteTree(folder.staging());
        assertThatThrownBy(folder::commit).isInstanceOf(java.io.UncheckedIOException.class);
        assertThat(out.resolve("summary.json")).hasContent("{\"earlier\": true}");
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("out");
        }
        folder.close();
    }

    @Test
    void aSecondRunReplacesTheFirstAndLeavesNothingBeside(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("out");
        for (String run : new String[] {"first", "second"}) {
            try (OutputFolder out = OutputFolder.create(target)) {
                Files.writeString(out.staging().resolve("summary.json"), run);
                out.commit();
            }
        }
        assertThat(target.resolve("summary.json")).hasContent("second");
        try (var entries = Files.list(dir)) {
            assertThat(entries.map(p -> p.getFileName().toString())).containsExactly("out");
        }
    }
}
