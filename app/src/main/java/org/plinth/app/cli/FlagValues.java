package org.plinth.app.cli;

import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Kernel options built from a command's flags. An options record refuses an impossible value (a
 * negative height, a zero scale) with an {@link IllegalArgumentException} naming it; built from
 * flags, that is the user's usage error (exit 2, pointing at {@code --help}). Everywhere else an
 * {@code IllegalArgumentException} is a defect of plinth's and exits 1 (see
 * {@link PlinthCommand#exitCodeOf}), so build options through here, before any work starts.
 */
final class FlagValues {
    private FlagValues() {
    }

    static <T> T check(CommandSpec spec, Supplier<T> options) {
        try {
            return options.get();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "invalid option value: " + e.getMessage(), e);
        }
    }
}
