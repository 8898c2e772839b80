package org.plinth.raster;

/**
 * The input (a file, a parameter) is wrong in a way the user can fix. The message is one sentence
 * naming the thing and the value; the CLI maps this to exit code 2.
 */
public class InvalidInputException extends RasterException {
    private static final long serialVersionUID = 1L;

    public InvalidInputException(String message) {
        super(message);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
