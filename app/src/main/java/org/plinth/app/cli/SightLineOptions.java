package org.plinth.app.cli;

import org.plinth.raster.visibility.ViewshedOptions;
import picocli.CommandLine.Option;

/** Heights, reach and curvature shared by {@code viewshed} and {@code visibility}; a mixin. */
public final class SightLineOptions {
    @Option(names = "--observer-height", paramLabel = "M", defaultValue = "1.7",
            description = "Eye height above the ground, metres (default: ${DEFAULT-VALUE}).")
    double observerHeight;

    @Option(names = "--target-height", paramLabel = "M", defaultValue = "0",
            description = "Target height above the ground at every cell, metres (default: ${DEFAULT-VALUE}).")
    double targetHeight;

    @Option(names = "--max-distance", paramLabel = "M",
            description = "Each observer sees at most M metres (default: unlimited).")
    Double maxDistance;

    @Option(names = "--curvature-coefficient", paramLabel = "C", defaultValue = "0.85714",
            description = "Heights drop by C·d²/(2a): 0 flat earth, 1 curvature only, default ${DEFAULT-VALUE} "
                    + "(gdal_viewshed's default, r.viewshed -c -r).")
    double curvatureCoefficient;

    /**
     * The kernel options these flags give (no observer position yet); invalid values throw
     * IllegalArgumentException with the value (build through {@link FlagValues}).
     */
    ViewshedOptions viewshedOptions() {
        return ViewshedOptions.defaults().withObserverHeight(observerHeight).withTargetHeight(targetHeight)
                .withCurvatureCoefficient(curvatureCoefficient)
                .withMaxDistance(maxDistance == null ? Double.POSITIVE_INFINITY : maxDistance);
    }
}
