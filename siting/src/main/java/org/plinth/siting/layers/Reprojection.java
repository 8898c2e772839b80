package org.plinth.siting.layers;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;
import org.locationtech.proj4j.UnknownAuthorityCodeException;
import org.plinth.raster.Crs;
import org.plinth.siting.BadInputException;

/**
 * Coordinate transformation between two EPSG-coded CRSs through proj4j, applied to points and to
 * JTS geometries. Axis order is always x = easting/longitude, y = northing/latitude (GeoJSON and
 * GeoPackage order), whatever EPSG's official axis order is.
 *
 * <p>Not thread-safe (proj4j transforms keep scratch state): make one per thread.
 */
public final class Reprojection {
    private static final CRSFactory CRS_FACTORY = new CRSFactory();
    private static final CoordinateTransformFactory CT_FACTORY = new CoordinateTransformFactory();

    private final CoordinateTransform transform;
    private final ProjCoordinate in = new ProjCoordinate();
    private final ProjCoordinate out = new ProjCoordinate();

    private Reprojection(CoordinateTransform transform) {
        this.transform = transform;
    }

    /** A transformation from {@code source} to {@code target}; both need EPSG codes. */
    public static Reprojection between(Crs source, Crs target) {
        return new Reprojection(CT_FACTORY.createTransform(proj(source), proj(target)));
    }

    private static CoordinateReferenceSystem proj(Crs crs) {
        if (crs.epsgCode().isEmpty()) {
            throw new BadInputException("cannot transform coordinates in " + crs
                    + ": plinth needs an EPSG code for every layer and grid");
        }
        int code = crs.epsgCode().getAsInt();
        try {
            return CRS_FACTORY.createFromName("EPSG:" + code);
        } catch (UnknownAuthorityCodeException | IllegalStateException e) {
            throw new BadInputException("unknown EPSG code " + code, e);
        }
    }

    /** Transforms one point; returns {x, y}. */
    public double[] apply(double x, double y) {
        in.x = x;
        in.y = y;
        transform.transform(in, out);
        return new double[] {out.x, out.y};
    }

    /** A transformed copy of {@code g}. */
    public Geometry apply(Geometry g) {
        Geometry copy = g.copy();
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                in.x = seq.getX(i);
                in.y = seq.getY(i);
                transform.transform(in, out);
                seq.setOrdinate(i, 0, out.x);
                seq.setOrdinate(i, 1, out.y);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        copy.geometryChanged();
        return copy;
    }
}
