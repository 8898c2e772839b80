package org.plinth.app.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import org.plinth.raster.InvalidInputException;
import org.plinth.raster.io.PendingOutputs;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The root command; its subcommands are added by {@link CommandTree}. Exit codes are decided here,
 * in one place: 0 success, 2 bad input or usage, 1 any other failure. Users see one sentence; stack
 * traces only with {@code PLINTH_DEBUG=1}.
 */
@Command(name = "plinth", mixinStandardHelpOptions = true, version = "plinth 0.1.0",
        description = "Plan where a memorial should stand: raster engine, siting, group decisions.")
public final class PlinthCommand implements Runnable {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the CLI with the given streams and returns the exit code. */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        CommandLine cl = CommandTree.forArguments(args);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setExitCodeExceptionMapper(PlinthCommand::exitCodeOf);
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            if (PendingOutputs.isShuttingDown()) {
                // the failure is the stop's doing (its hook closed and removed the files being written)
                line.getErr().println("plinth: interrupted; the outputs being written were removed");
                return FAILURE;
            }
            line.getErr().println("plinth: " + messageOf(ex));
            if ("1".equals(System.getenv("PLINTH_DEBUG"))) {
                ex.printStackTrace(line.getErr());
            }
            return exitCodeOf(ex);
        });
        // a usage error is one line pointing at --help, not the whole usage text
        cl.setParameterExceptionHandler((ex, ignoredArgs) -> {
            CommandLine failed = ex.getCommandLine();
            failed.getErr().println("plinth: " + ex.getMessage().replaceFirst("^Error: ", "") + " (see '"
                    + failed.getCommandSpec().qualifiedName() + " --help')");
            return BAD_INPUT;
        });
        cl.getCommandSpec().exitCodeOnInvalidInput(BAD_INPUT);
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            // picocli hands only Exceptions to the handler above and rethrows Errors; the grids that
            // filled the heap are unreachable by now, so there is room to say so in one line
            cl.getErr().println("plinth: the grids are too large for the Java heap (" + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MB); raise it with PLINTH_JAVA_OPTS=-Xmx<size> or use a larger cell size or a smaller area");
            return BAD_INPUT;
        }
    }

    /**
     * 2 for bad input ({@link InvalidInputException}, which names the file and value) and usage errors;
     * 1 for everything else, cancellation included. An {@link IllegalArgumentException} reaching here
     * is a precondition plinth broke itself, not bad input: flag values the kernels' options records
     * refuse are turned into usage errors where they are read ({@link FlagValues}).
     */
    static int exitCodeOf(Throwable ex) {
        return ex instanceof InvalidInputException || ex instanceof CommandLine.ParameterException ? BAD_INPUT : FAILURE;
    }

    private static String messageOf(Throwable ex) {
        String m = ex.getMessage();
        return m == null || m.isBlank() ? ex.getClass().getSimpleName() : m;
    }
}
