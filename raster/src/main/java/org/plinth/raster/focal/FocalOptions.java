package org.plinth.raster.focal;

import java.util.Objects;

/**
 * Options of {@link FocalSum}.
 *
 * @param radius the focal radius in metres: cells whose centre lies within it (distance
 *               {@code <= radius}, with a relative tolerance of 1e-9 on the squared distance so that
 *               decimal cell sizes do not lose boundary cells to rounding) take part; {@code > 0}
 * @param decay the weight as a function of distance; default {@link Decay#none()}
 * @param keepInputNoData when true, cells that are NoData in the input are NoData in the output;
 *                        default false: they get a sum like any other cell (NoData contributes 0
 *                        either way)
 */
public record FocalOptions(double radius, Decay decay, boolean keepInputNoData) {

    public FocalOptions {
        if (!(radius > 0) || Double.isInfinite(radius)) {
            throw new IllegalArgumentException("focal radius must be > 0 and finite metres, was " + radius);
        }
        Objects.requireNonNull(decay, "decay");
    }

    /** Plain sum within {@code radius} metres; input NoData cells get a sum. */
    public static FocalOptions defaults(double radius) {
        return new FocalOptions(radius, Decay.none(), false);
    }

    public FocalOptions withRadius(double metres) {
        return new FocalOptions(metres, decay, keepInputNoData);
    }

    public FocalOptions withDecay(Decay newDecay) {
        return new FocalOptions(radius, newDecay, keepInputNoData);
    }

    public FocalOptions withKeepInputNoData(boolean keep) {
        return new FocalOptions(radius, decay, keep);
    }
}
