package org.plinth.raster;

/** Root of the raster module's unchecked exceptions. */
public class RasterException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RasterException(String message) {
        super(message);
    }

    public RasterException(String message, Throwable cause) {
        super(message, cause);
    }
}
