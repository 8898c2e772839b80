package org.plinth.app.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * The command tree, in the order the usage help lists it. Picocli builds a command's model by
 * reflection over its annotations, which on a cold JVM costs a few milliseconds per command; a run
 * of one command (the common case: {@code plinth raster viewshed ...}) builds only the branch its
 * arguments name, and anything else (help, a typo, no arguments) builds the whole tree so that help
 * and error messages list every command.
 */
final class CommandTree {
    private static final Map<String, Supplier<Object>> TOP = new LinkedHashMap<>();
    private static final Map<String, Supplier<Object>> RASTER = new LinkedHashMap<>();

    static {
        TOP.put("run", RunCommand::new);
        TOP.put("robustness", RobustnessCommand::new);
        TOP.put("weigh", WeighCommand::new);
        TOP.put("raster", RasterCommand::new);
        RASTER.put("slope", SlopeCommand::new);
        RASTER.put("aspect", AspectCommand::new);
        RASTER.put("hillshade", HillshadeCommand::new);
        RASTER.put("viewshed", ViewshedCommand::new);
        RASTER.put("distance", DistanceCommand::new);
        RASTER.put("visibility", VisibilityCommand::new);
    }

    private CommandTree() {
    }

    /** The root command line with the branch {@code args} name, or with every command. */
    static CommandLine forArguments(String[] args) {
        CommandLine root = new CommandLine(new PlinthCommand());
        String top = args.length > 0 && TOP.containsKey(args[0]) ? args[0] : null;
        String sub = top != null && args.length > 1 && RASTER.containsKey(args[1]) ? args[1] : null;
        for (Map.Entry<String, Supplier<Object>> t : TOP.entrySet()) {
            if (top == null || top.equals(t.getKey())) {
                CommandLine branch = new CommandLine(t.getValue().get());
                if (t.getKey().equals("raster")) {
                    RASTER.forEach((name, command) -> {
                        if (sub == null || sub.equals(name)) {
                            branch.addSubcommand(name, command.get());
                        }
                    });
                }
                root.addSubcommand(t.getKey(), branch);
            }
        }
        if (top == null) {
            root.addSubcommand("help", new CommandLine.HelpCommand());
        }
        return root;
    }
}
