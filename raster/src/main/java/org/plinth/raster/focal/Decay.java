package org.plinth.raster.focal;

/**
 * How a value's weight falls off with distance {@code d} (metres) from the cell centre, within the
 * focal radius {@code R}. Beyond {@code R} the weight is 0 whatever the decay.
 */
public sealed interface Decay permits Decay.None, Decay.Linear, Decay.Gaussian, Decay.InversePower {

    /** Weight at distance {@code d}, for {@code 0 <= d <= radius}. */
    double weight(double d, double radius);

    /** True when every weight is 1 (the plain sum; enables the chord algorithm). */
    default boolean isUniform() {
        return false;
    }

    /** Weight 1: the plain sum within the radius. */
    static Decay none() {
        return new None();
    }

    /** Weight {@code 1 - d/R}: 1 at the centre, 0 at the radius. */
    static Decay linear() {
        return new Linear();
    }

    /** Weight {@code exp(-d²/(2σ²))}, cut at the radius. */
    static Decay gaussian(double sigma) {
        return new Gaussian(sigma);
    }

    /** Weight {@code min(1, (d0/d)^p)}: 1 within {@code d0}, then falling as an inverse power. */
    static Decay inversePower(double power, double d0) {
        return new InversePower(power, d0);
    }

    /** Uniform weight. */
    record None() implements Decay {
        @Override
        public double weight(double d, double radius) {
            return 1;
        }

        @Override
        public boolean isUniform() {
            return true;
        }
    }

    /** Linear fall to 0 at the radius. */
    record Linear() implements Decay {
        @Override
        public double weight(double d, double radius) {
            return Math.max(0, 1 - d / radius);
        }
    }

    /** Gaussian with standard deviation {@code sigma} metres. */
    record Gaussian(double sigma) implements Decay {
        public Gaussian {
            if (!(sigma > 0) || Double.isInfinite(sigma)) {
                throw new IllegalArgumentException("Gaussian sigma must be > 0 and finite metres, was " + sigma);
            }
        }

        @Override
        public double weight(double d, double radius) {
            return Math.exp(-d * d / (2 * sigma * sigma));
        }
    }

    /**
     * Inverse power {@code (d0/d)^power} beyond {@code d0} metres, 1 within it; {@code d0} keeps the
     * weight finite at the centre.
     */
    record InversePower(double power, double d0) implements Decay {
        public InversePower {
            if (!(power > 0) || Double.isInfinite(power)) {
                throw new IllegalArgumentException("inverse-power exponent must be > 0 and finite, was " + power);
            }
            if (!(d0 > 0) || Double.isInfinite(d0)) {
                throw new IllegalArgumentException("inverse-power reference distance must be > 0 and finite metres, was " + d0);
            }
        }

        @Override
        public double weight(double d, double radius) {
            return d <= d0 ? 1 : Math.pow(d0 / d, power);
        }
    }
}
