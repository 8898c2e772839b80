package org.plinth.decision.standardise;

import org.plinth.raster.FloatGrid;
import org.plinth.raster.Monitor;

/**
 * Maps a raw criterion value (in a stated unit such as {@code m}, {@code people} or {@code °}) to a
 * suitability score in 0..1, where 1 is best.
 *
 * <p>Functions: {@link #linear}, {@link #sigmoid} (Eastman's fuzzy sigmoidal, cos² between two
 * control points), {@link #logistic} (midpoint and slope), {@link #jShaped} (Eastman's J-shaped) and
 * {@link #breakpoints} (piecewise linear through user points). The monotonic functions are benefits
 * when their score rises with the raw value and costs when it falls; the control-point functions
 * are costs when the zero point lies above the full point.
 *
 * <p>NoData rule: a NaN raw value scores NaN; in {@link #apply(FloatGrid)} the input grid's NoData
 * cells become NaN and the output declares no NoData value (NaN is NoData). Infinite raw values
 * score like very large or very small finite ones.
 */
public sealed interface Standardisation
        permits LinearStandardisation, SigmoidStandardisation, LogisticStandardisation,
        JShapedStandardisation, BreakpointStandardisation {

    /** The score of one raw value, in 0..1; NaN for NaN. */
    double score(double raw);

    /** The unit of the raw values, e.g. {@code "m"}. */
    String unit();

    /** One sentence for reports, e.g. {@code "linear cost: 0 at 5000 m, 1 at 500 m"}. */
    String describe();

    /** Scores every cell of {@code raw}, in parallel over rows. */
    default FloatGrid apply(FloatGrid raw) {
        return apply(raw, Monitor.NONE);
    }

    /** Scores every cell of {@code raw}, in parallel over rows, reporting progress to {@code monitor}. */
    default FloatGrid apply(FloatGrid raw, Monitor monitor) {
        return GridScorer.apply(this, raw, monitor);
    }

    /**
     * Linear between two control points: score 0 at {@code zeroAt}, 1 at {@code fullAt}, clamped
     * outside. {@code zeroAt > fullAt} makes a cost.
     */
    static Standardisation linear(double zeroAt, double fullAt, String unit) {
        return new LinearStandardisation(zeroAt, fullAt, unit);
    }

    /**
     * Eastman's fuzzy sigmoidal (IDRISI FUZZY): score 0 at {@code zeroAt}, 1 at {@code fullAt},
     * cos² in between, clamped outside. {@code zeroAt > fullAt} makes a cost.
     */
    static Standardisation sigmoid(double zeroAt, double fullAt, String unit) {
        return new SigmoidStandardisation(zeroAt, fullAt, unit);
    }

    /**
     * Logistic {@code 1 / (1 + exp(-slope (x - midpoint)))}: 0.5 at the midpoint; a positive slope
     * (per raw unit) makes a benefit, a negative one a cost.
     */
    static Standardisation logistic(double midpoint, double slope, String unit) {
        return new LogisticStandardisation(midpoint, slope, unit);
    }

    /**
     * Eastman's J-shaped: score 1 at and beyond {@code fullAt}, 0.5 at {@code halfAt}, tending to 0
     * far beyond it. {@code halfAt > fullAt} makes a cost.
     */
    static Standardisation jShaped(double halfAt, double fullAt, String unit) {
        return new JShapedStandardisation(halfAt, fullAt, unit);
    }

    /**
     * Piecewise linear through {@code (x[i], y[i])}, x strictly increasing, y in 0..1; constant
     * beyond the first and last point.
     */
    static Standardisation breakpoints(double[] x, double[] y, String unit) {
        return new BreakpointStandardisation(x, y, unit);
    }
}
