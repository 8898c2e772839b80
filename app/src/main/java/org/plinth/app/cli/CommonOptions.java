package org.plinth.app.cli;

import picocli.CommandLine.Option;

/** Options every command takes; mixed in with {@code @Mixin}. */
public final class CommonOptions {
    @Option(names = {"-q", "--quiet"}, description = "No progress output on stderr.")
    public boolean quiet;
}
