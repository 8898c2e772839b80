package org.plinth.raster;

/** A computation stopped because its {@link Monitor} asked it to. */
public class CancelledException extends RasterException {
    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super("cancelled");
    }
}
