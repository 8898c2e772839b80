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
        String top = args.length > 0 ? args[0] : null;
        if (top != null && TOP.containsKey(top)) {
            CommandLine branch = new CommandLine(TOP.get(top).get());
            if (top.equals("raster")) {
                String sub = args.length > 1 ? args[1] : null;
                addAll(branch, RASTER, RASTER.containsKey(sub) ? sub : null);
            }
            root.addSubcommand(top, branch);
            return root;
        }
        for (Map.Entry<String, Supplier<Object>> e : TOP.entrySet()) {
            CommandLine branch = new CommandLine(e.getValue().get());
            if (e.getKey().equals("raster")) {
                addAll(branch, RASTER, null);
            }
            root.addSubcommand(e.getKey(), branch);
        }
        root.addSubcommand("help", new CommandLine.HelpCommand());
        return root;
    }

    /** Adds the command named {@code only}, or all of {@code commands} when it is null. */
    private static void addAll(CommandLine parent, Map<String, Supplier<Object>> commands, String only) {
        for (Map.Entry<String, Supplier<Object>> e : commands.entrySet()) {
            if (only == null || only.equals(e.getKey())) {
                parent.addSubcommand(e.getKey(), e.getValue().get());
            }
        }
    }
}
