package org.plinth.app;

import org.plinth.app.cli.PlinthCommand;

/** The only {@code main}: runs the command line and exits with its code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(PlinthCommand.execute(args, System.out, System.err));
    }
}
