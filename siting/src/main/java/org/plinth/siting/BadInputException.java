package org.plinth.siting;

import org.plinth.raster.InvalidInputException;

/**
 * A scenario, layer or judgments file is wrong in a way the user can fix. The message is one
 * sentence naming the file, the key and the value; the CLI maps it to exit code 2.
 */
public class BadInputException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
