package org.plinth.app.cli;

import picocli.CommandLine;

/**
 * The command tree, in the order the usage help lists it. Picocli builds a command's model by
 * reflection over its annotations, which on a cold JVM costs a few milliseconds per command; a run
 * of one command (the common case: {@code plinth raster viewshed ...}) builds only the branch its
 * arguments name, and anything else (help, a typo, no arguments) builds the whole tree so that help
 * and error messages list every command.
 */
final class CommandTree {
    /**
     * The commands by name, made by a switch rather than a map of constructor references: on a cold
     * JVM each method reference links a call site (about 1 ms apiece, 10 ms for the tree).
     */
    private static final String[] TOP = {"run", "robustness", "weigh", "raster"};
    private static final String[] RASTER = {"info", "warp", "slope", "aspect", "hillshade", "viewshed", "distance",
        "visibility"};

    private CommandTree() {
    }

    private static Object command(String name) {
        return switch (name) {
            case "run" -> new RunCommand();
            case "robustness" -> new RobustnessCommand();
            case "weigh" -> new WeighCommand();
            case "raster" -> new RasterCommand();
            case "info" -> new InfoCommand();
            case "warp" -> new WarpCommand();
            case "slope" -> new SlopeCommand();
            case "aspect" -> new AspectCommand();
            case "hillshade" -> new HillshadeCommand();
            case "viewshed" -> new ViewshedCommand();
            case "distance" -> new DistanceCommand();
            case "visibility" -> new VisibilityCommand();
            default -> throw new IllegalArgumentException("no command " + name);
        };
    }

    private static boolean contains(String[] names, String name) {
        for (String n : names) {
            if (n.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The root command line with the branch {@code args} name, or with every command. */
    static CommandLine forArguments(String[] args) {
        CommandLine root = new CommandLine(new PlinthCommand());
        String top = args.length > 0 && contains(TOP, args[0]) ? args[0] : null;
        String sub = top != null && args.length > 1 && contains(RASTER, args[1]) ? args[1] : null;
        for (String t : TOP) {
            if (top == null || top.equals(t)) {
                CommandLine branch = new CommandLine(command(t));
                if (t.equals("raster")) {
                    for (String r : RASTER) {
                        if (sub == null || sub.equals(r)) {
                            branch.addSubcommand(r, command(r));
                        }
                    }
                }
                root.addSubcommand(t, branch);
            }
        }
        if (top == null) {
            root.addSubcommand("help", new CommandLine.HelpCommand());
        }
        return root;
    }
}
