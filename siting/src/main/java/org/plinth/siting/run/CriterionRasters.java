package org.plinth.siting.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.plinth.decision.standardise.Standardisation;
import org.plinth.raster.ByteGrid;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.GridGeometry;
import org.plinth.raster.Monitor;
import org.plinth.raster.algebra.MapAlgebra;
import org.plinth.raster.algebra.MaskFill;
import org.plinth.siting.BadInputException;
import org.plinth.siting.layers.Feature;
import org.plinth.siting.layers.VectorLayer;
import org.plinth.siting.scenario.ConstraintSpec;
import org.plinth.siting.scenario.CriterionSpec;
import org.plinth.siting.scenario.Scenario;

/**
 * Computes criteria and constraints on the study grid from the scenario's layers and DEM.
 * Distance rasters are cached by layer and filter, since criteria and constraints share them.
 */
final class CriterionRasters {
    /** gdal_viewshed's default curvature coefficient: 1 − refraction coefficient 0.14286. */
    static final double CURVATURE_COEFFICIENT = 0.85714;

    private final Scenario scenario;
    private final StudyArea area;
    private final Map<String, VectorLayer> layers;
    private final FloatGrid dem;
    /**
     * The DEM on the study grid widened by {@link #margin} cells on every side, for the criteria that
     * look beyond the area (exposure, prominence); their grids are cut back to the study grid.
     */
    private FloatGrid demWide;
    private final int margin;
    private FloatGrid inside;
    private final Monitor monitor;
    /**
     * Distance grids kept for a constraint that needs them after a criterion computed them (same layer
     * and filter); any other distance grid is dropped once its criterion has been masked, since a full
     * grid per criterion is most of the job's memory.
     */
    private final Map<String, FloatGrid> distances = new HashMap<>();
    private final Set<String> constraintDistances = new HashSet<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, CriterionLayer> computed = new HashMap<>();
    private FloatGrid slope;

    CriterionRasters(Scenario scenario, StudyArea area, Map<String, VectorLayer> layers, FloatGrid dem, FloatGrid demWide,
                     int margin, ByteGrid inside, Monitor monitor) {
        this.scenario = scenario;
        this.area = area;
        this.layers = layers;
        this.dem = dem;
        this.demWide = demWide;
        this.margin = margin;
        this.inside = inside.toFloat();
        this.monitor = monitor;
        for (ConstraintSpec c : scenario.constraints().values()) {
            if (!"slope".equals(c.kind())) {
                constraintDistances.add(distanceKey(c.layer(), c.where()));
            }
        }
    }

    /**
     * Drops what only the criteria and constraints needed (the cached distance and slope grids and
     * the float copy of the area mask), so that the strategies' grids do not add to them. Call after
     * the last {@link #criterion} and {@link #constraint}.
     */
    void release() {
        distances.clear();
        slope = null;
        inside = null;
        demWide = null;
    }

    /** A grid computed on the widened DEM, cut back to the study grid. */
    private FloatGrid onStudyGrid(FloatGrid wide) {
        return Kernels.cutBack(wide, grid(), margin);
    }

    /** Warnings gathered while computing (for the report). */
    List<String> notes() {
        return notes;
    }

    GridGeometry grid() {
        return area.grid();
    }

    /**
     * A criterion computed once per distinct raw definition: two criteria that differ only in their
     * standardisation (e.g. visibility as a benefit and as a cost) share the raw raster.
     */
    CriterionLayer criterion(CriterionSpec c) {
        Standardisation st = Standardisations.of(c.standardise(), c.kind().unit());
        String key = String.join("|", c.kind().name(), String.valueOf(c.layer()), String.valueOf(c.where()),
                String.valueOf(c.radius()), c.decay(), String.valueOf(c.observerHeight()), String.valueOf(c.targetHeight()));
        CriterionLayer same = computed.get(key);
        if (same != null) {
            return new CriterionLayer(c, st, same.raw(), st.apply(same.raw()), same.method(), same.proxy());
        }
        CriterionLayer fresh = compute(c, st);
        computed.put(key, fresh);
        return fresh;
    }

    private CriterionLayer compute(CriterionSpec c, Standardisation st) {
        FloatGrid raw;
        String method;
        boolean proxy = false;
        switch (c.kind()) {
            case DISTANCE -> {
                raw = distanceTo(c.layer(), c.where(), "criteria." + c.key());
                method = "distance to the nearest feature of '" + c.layer() + "'" + whereText(c.where());
            }
            case POPULATION -> {
                raw = Kernels.pointSum(grid(), points(c.layer(), c.where(), "criteria." + c.key()), c.radius(),
                        c.decay(), monitor);
                method = String.format(Locale.ROOT, "population of '%s' within %.1f km (%s decay)", c.layer(),
                        c.radius() / 1000, c.decay());
            }
            case EXPOSURE -> {
                WeightedPoints obs = points(c.layer(), c.where(), "criteria." + c.key());
                if (dem != null) {
                    int[] dropped = new int[2];
                    raw = onStudyGrid(Kernels.cumulativeVisibility(demWide, obs, c.observerHeight(), c.targetHeight(),
                            c.radius(), CURVATURE_COEFFICIENT, dropped, monitor));
                    if (dropped[0] > 0) {
                        notes.add(String.format(Locale.ROOT, "Criterion '%s': %d of %d observers of '%s' within %.1f km"
                                + " of the area stand outside the DEM or on NoData and were left out.", c.key(), dropped[0],
                                dropped[1], c.layer(), c.radius() / 1000));
                    }
                    method = String.format(Locale.ROOT, "population-weighted observers of '%s' that see a %.1f m target"
                            + " (cumulative viewshed, eye %.1f m, out to %.1f km, curvature and refraction)", c.layer(),
                            c.targetHeight(), c.observerHeight(), c.radius() / 1000);
                } else {
                    double horizon = horizonDistance(c.observerHeight(), c.targetHeight(), grid().crs().semiMajorAxis());
                    double reach = Math.min(c.radius(), horizon);
                    raw = Kernels.pointSum(grid(), obs, reach, "linear", monitor);
                    proxy = true;
                    method = String.format(Locale.ROOT, "UNOBSTRUCTED PROXY (no DEM): population of '%s' within the"
                                    + " geometric horizon %.1f km (eye %.1f m, target %.1f m, Earth curvature and refraction),"
                                    + " linear decay with distance; terrain is ignored", c.layer(), reach / 1000,
                            c.observerHeight(), c.targetHeight());
                }
            }
            case SLOPE -> {
                raw = slope();
                method = "terrain slope (Horn), degrees";
            }
            case PROMINENCE -> {
                raw = onStudyGrid(Kernels.prominence(demWide, c.radius(), monitor));
                method = String.format(Locale.ROOT, "elevation above the mean within %.1f km", c.radius() / 1000);
            }
            case ELEVATION -> {
                raw = dem;
                method = "elevation";
            }
            default -> throw new IllegalStateException("unhandled kind " + c.kind());
        }
        // A grid computed for this criterion alone is masked where it lies; the DEM, the slope and
        // distances kept for a constraint are shared, so they are copied.
        boolean shared = raw == dem || raw == slope || distances.containsValue(raw);
        raw = shared ? MapAlgebra.mask(raw, inside, MaskFill.NO_DATA, monitor)
                : MapAlgebra.maskInPlace(raw, inside, MaskFill.NO_DATA, monitor);
        return new CriterionLayer(c, st, raw, st.apply(raw), method, proxy);
    }

    /** 1 where the constraint allows the cell, 0 where it excludes it. */
    ByteGrid constraint(ConstraintSpec c) {
        FloatGrid v = "slope".equals(c.kind()) ? slope() : distanceTo(c.layer(), c.where(), "constraints." + c.key());
        double min = Double.isNaN(c.min()) ? Double.NEGATIVE_INFINITY : c.min();
        double max = Double.isNaN(c.max()) ? Double.POSITIVE_INFINITY : c.max();
        ByteGrid out = ByteGrid.zeros(grid(), null);
        float[] d = v.data();
        byte[] o = out.data();
        long unchecked = 0;
        long inArea = 0;
        float[] in = inside.data();
        for (int i = 0; i < d.length; i++) {
            // NaN (no value) is neither too near nor too far: the area mask handles outside cells.
            boolean unknown = v.isNoData(d[i]);
            o[i] = (byte) (unknown || (d[i] >= min && d[i] <= max) ? 1 : 0);
            if (in[i] != 0 && !Float.isNaN(in[i])) {
                inArea++;
                unchecked += unknown ? 1 : 0;
            }
        }
        if ("slope".equals(c.kind()) && unchecked > 0) {
            // where the DEM has no height the slope is unknown: such cells are not excluded, so say so
            notes.add(String.format(Locale.ROOT, "Constraint '%s' could not be checked on %.1f %% of the area, where the"
                    + " DEM has no height; sites there may be steeper than it allows.", c.key(), 100.0 * unchecked / inArea));
        }
        return out;
    }

    FloatGrid slope() {
        if (slope == null) {
            // on the widened DEM where there is one, so that the area's outer ring has its real neighbours
            slope = demWide != null && margin > 0 ? onStudyGrid(Kernels.slopeDegrees(demWide, monitor))
                    : Kernels.slopeDegrees(dem, monitor);
        }
        return slope;
    }

    /**
     * Geometric distance at which a target {@code ht} above a smooth Earth is visible from an eye
     * {@code ho} above it, with refraction: √(2R'h_o) + √(2R'h_t), R' = a / 0.85714.
     */
    static double horizonDistance(double ho, double ht, double a) {
        double r = a / CURVATURE_COEFFICIENT;
        return Math.sqrt(2 * r * ho) + Math.sqrt(2 * r * ht);
    }

    private FloatGrid distanceTo(String layer, Optional<Scenario.Where> where, String key) {
        String cacheKey = distanceKey(layer, where);
        FloatGrid d = distances.get(cacheKey);
        if (d == null) {
            List<Geometry> geoms = new ArrayList<>();
            for (Feature f : features(layer, where, key)) {
                geoms.add(f.geometry());
            }
            try {
                d = Kernels.distanceTo(grid(), geoms, monitor,
                        n -> notes.add("Distances to layer '" + layer + "' (" + key + "): " + n + "."));
            } catch (BadInputException e) {
                throw new BadInputException(scenario.file().getFileName() + ": " + key + ": cannot measure distances to"
                        + " layer '" + layer + "': " + e.getMessage(), e);
            }
            if (constraintDistances.contains(cacheKey)) {
                distances.put(cacheKey, d);
            }
        }
        return d;
    }

    private static String distanceKey(String layer, Optional<Scenario.Where> where) {
        return layer + "|" + where.map(Object::toString).orElse("");
    }

    private List<Feature> features(String layer, Optional<Scenario.Where> where, String key) {
        VectorLayer l = layers.get(layer);
        List<Feature> fs = where.map(w -> l.features().stream()
                .filter(f -> w.values().contains(f.text(w.field()))).toList()).orElse(l.features());
        if (fs.isEmpty()) {
            throw new BadInputException(scenario.file().getFileName() + ": " + key + ": no feature of layer '" + layer
                    + "'" + whereText(where) + " (the filter selects nothing)");
        }
        return fs;
    }

    private WeightedPoints points(String layer, Optional<Scenario.Where> where, String key) {
        Scenario.LayerSpec spec = scenario.layers().get(layer);
        List<Feature> fs = features(layer, where, key);
        double[] xy = new double[fs.size() * 2];
        double[] w = new double[fs.size()];
        int n = 0;
        for (Feature f : fs) {
            Coordinate c = f.geometry().getCentroid().getCoordinate();
            double weight = spec.populationField() == null ? 1 : f.number(spec.populationField());
            if (!(weight >= 0)) {
                throw new BadInputException(scenario.file().getFileName() + ": layers." + layer + ".population_field: '"
                        + spec.populationField() + "' is missing or negative for feature " + f.properties());
            }
            xy[2 * n] = c.x;
            xy[2 * n + 1] = c.y;
            w[n++] = weight;
        }
        return new WeightedPoints(xy, w);
    }

    private static String whereText(Optional<Scenario.Where> where) {
        return where.map(w -> " where " + w.field() + " is " + String.join(" or ", w.values())).orElse("");
    }

    /** Points as interleaved x, y in the grid CRS with one weight each. */
    record WeightedPoints(double[] xy, double[] weights) {
        int size() {
            return weights.length;
        }
    }
}
