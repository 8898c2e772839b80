package org.plinth.raster.terrain;

import java.util.OptionalDouble;

/** Validation shared by the terrain options records. */
final class TerrainChecks {
    private TerrainChecks() {
    }

    static void checkScale(OptionalDouble scale) {
        if (scale == null) {
            throw new IllegalArgumentException("scale must be given (OptionalDouble.empty() for none), was null");
        }
        if (scale.isPresent()) {
            double s = scale.getAsDouble();
            if (!(s > 0) || !Double.isFinite(s)) {
                throw new IllegalArgumentException("scale must be finite and > 0, was " + s);
            }
        }
    }
}
