package org.plinth.siting;

import org.plinth.raster.RasterException;

/** Root of the siting module's unchecked exceptions that are not the user's input. */
public class SitingException extends RasterException {
    private static final long serialVersionUID = 1L;

    public SitingException(String message) {
        super(message);
    }

    public SitingException(String message, Throwable cause) {
        super(message, cause);
    }
}
