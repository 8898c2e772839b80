package org.plinth.siting.layers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.locationtech.jts.geom.Envelope;
import org.plinth.raster.Crs;

/**
 * A named set of features in one CRS, as read from a GeoJSON, GeoPackage or CSV file.
 *
 * @param name layer name (the file's base name, or the scenario's layer key)
 * @param source the file it came from (for messages)
 * @param crs the features' CRS; always known (readers refuse files without one)
 * @param features the features, in file order
 */
public record VectorLayer(String name, Path source, Crs crs, List<Feature> features) {

    public VectorLayer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(crs, "crs");
        features = List.copyOf(features);
    }

    /** The same features transformed into {@code target} (a no-op when the CRS is the same). */
    public VectorLayer reprojectedTo(Crs target) {
        if (target.equals(crs)) {
            return this;
        }
        Reprojection r = Reprojection.between(crs, target);
        List<Feature> out = new ArrayList<>(features.size());
        for (Feature f : features) {
            out.add(new Feature(r.apply(f.geometry()), f.properties()));
        }
        return new VectorLayer(name, source, target, out);
    }

    /** The features that match {@code filter}, keeping name, source and CRS. */
    public VectorLayer filtered(Predicate<Feature> filter) {
        return new VectorLayer(name, source, crs, features.stream().filter(filter).toList());
    }

    /** Bounding box of all features (null envelope when empty). */
    public Envelope envelope() {
        Envelope e = new Envelope();
        for (Feature f : features) {
            e.expandToInclude(f.geometry().getEnvelopeInternal());
        }
        return e;
    }

    public boolean isEmpty() {
        return features.isEmpty();
    }
}
