package org.plinth.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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

    /**
     * A command run on its own builds only its branch of the command tree: each must be found under
     * its own name and know its full name for its usage line.
     */
    @ParameterizedTest
    @ValueSource(strings = {"run", "robustness", "weigh", "raster", "raster slope", "raster aspect", "raster hillshade",
        "raster viewshed", "raster distance", "raster visibility", "help"})
    void everyCommandAnswersHelpUnderItsFullName(String command) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] args = (command + " --help").split(" ");
        if (command.equals("help")) {
            args = new String[] {"help", "raster"};
        }
        int code = PlinthCommand.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(code).isZero();
        String expected = command.equals("help") ? "plinth raster" : "plinth " + command;
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Usage: " + expected + " ");
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
