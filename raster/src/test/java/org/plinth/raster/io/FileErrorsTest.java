package org.plinth.raster.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class FileErrorsTest {

    @Test
    void reasonsSayWhatWentWrongWithoutThePath() {
        IOException denied = new AccessDeniedException("/data/out.tif");
        assertThat(FileErrors.reason(denied)).isEqualTo("permission denied");
        IOException missing = new NoSuchFileException("/data/none/out.tif");
        assertThat(FileErrors.reason(missing)).isEqualTo("no such file or folder");
        IOException full = new FileSystemException("/data/out.tif", null, "No space left on device");
        assertThat(FileErrors.reason(full)).isEqualTo("No space left on device");
        assertThat(FileErrors.reason(new IOException("disk on fire"))).isEqualTo("disk on fire");
    }
}
