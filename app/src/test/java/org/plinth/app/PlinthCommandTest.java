package org.plinth.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.plinth.app.cli.PlinthCommand;

class PlinthCommandTest {

    @Test
    void helpListsRasterAndExitsZero() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = PlinthCommand.execute(new String[] {"--help"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err);
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("raster");
    }

    @Test
    void unknownOptionIsUsageErrorTwo() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = PlinthCommand.execute(new String[] {"--no-such-option"}, System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--no-such-option");
    }

    @Test
    void usageErrorIsOneSentencePointingAtHelp() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = PlinthCommand.execute(new String[] {"raster", "slope", "--bogus", "a.tif", "b.tif"}, System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("plinth: Unknown option: '--bogus'"
                + " (see 'plinth raster slope --help')" + System.lineSeparator());
    }
}
