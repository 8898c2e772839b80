package org.plinth.raster.terrain;

/**
 * The per-cell part of {@link Hillshade}: one row of grey levels from its gradient sums, one
 * implementation per {@link HillshadeMode}. {@link #of} picks it once per run, so the per-cell loops
 * carry no branch on the mode.
 *
 * <p>In every implementation {@code p = gx·zx} and {@code q = gy·zy} are the z-scaled gradients
 * {@code z·dz/dx} (rising east) and {@code z·dz/dy} (rising north) of the cell, from {@link HornStencil}'s
 * sums; a NaN {@code gx} writes NoData (0). Grey levels are rounded half up, as GDAL converts gdaldem's
 * float results to Byte, and are never 0 on a valid cell. Angles come from {@link Arctangent} (within
 * 2e-8 rad of {@link Math#atan}, far below a grey level, and several times faster than the JDK's acos
 * and atan).
 */
interface HillshadeShading {
    double RAD = Math.PI / 180.0;

    /**
     * Writes {@code out[base + c]} for {@code c} in {@code [0, cols)}; {@code zx = z / (8 Δx)} and
     * {@code zy = z / (8 Δy)} for the row.
     */
    void row(double[] gx, double[] gy, double zx, double zy, byte[] out, int base, int cols);

    static HillshadeShading of(HillshadeOptions o) {
        double az = o.azimuth() * RAD;
        double alt = o.altitude() * RAD;
        return switch (o.mode()) {
            case STANDARD -> new Standard(Math.sin(alt), Math.cos(alt), Math.sin(az), Math.cos(az));
            case MULTIDIRECTIONAL -> new MultiDirectional(Math.sin(alt), Math.cos(alt));
            case COMBINED -> new Combined(Math.sin(alt), Math.cos(alt), Math.sin(az), Math.cos(az));
            case IGOR -> new Igor(Math.sin(az), Math.cos(az));
        };
    }

    /**
     * {@code cos i = (sin H − cos H·(p·sin A + q·cos A)) / √(1 + p² + q²)}, grey {@code 1 + 254·cos i},
     * or 1 where {@code cos i ≤ 0}.
     */
    final class Standard implements HillshadeShading {
        private final double top;
        private final double lightX;
        private final double lightY;

        Standard(double sinH, double cosH, double sinA, double cosA) {
            this.top = 254 * sinH;
            this.lightX = 254 * cosH * sinA;
            this.lightY = 254 * cosH * cosA;
        }

        @Override
        public void row(double[] gx, double[] gy, double zx, double zy, byte[] out, int base, int cols) {
            // the light folded with the row's gradient scale, so each cell costs one division and one root
            double lx = lightX * zx;
            double ly = lightY * zy;
            for (int c = 0; c < cols; c++) {
                double x = gx[c];
                if (Double.isNaN(x)) {
                    out[base + c] = 0;
                    continue;
                }
                double y = gy[c];
                double px = x * zx;
                double qy = y * zy;
                double shade254 = (top - (x * lx + y * ly)) / Math.sqrt(1 + px * px + qy * qy);
                out[base + c] = (byte) (shade254 <= 0 ? 1 : (int) (1.5 + shade254));
            }
        }
    }

    /**
     * For the lights from 225°, 270°, 315° and 360° the numerators of {@code cos i} clamped at 0,
     * {@code n_A = max(0, sin H − cos H·(p·sin A + q·cos A))}, weighted by the squared component of the
     * unit gradient along each light: {@code w225 = (p + q)²/2}, {@code w270 = p²}, {@code w315 =
     * (p − q)²/2}, {@code w360 = q²} (they sum to {@code 2(p² + q²)}). Grey {@code 1 + 127·Σ w_A·n_A /
     * ((p² + q²)·√(1 + p² + q²))}; a flat cell, where the weights vanish, is their limit
     * {@code 1 + 254·sin H}.
     */
    final class MultiDirectional implements HillshadeShading {
        private final double sin127;
        private final double cos127;
        private final double diagonal127;
        private final double flat;

        MultiDirectional(double sinH, double cosH) {
            this.sin127 = 127 * sinH;
            this.cos127 = 127 * cosH;
            this.diagonal127 = 127 * cosH * Math.sqrt(0.5);
            this.flat = 1 + 254 * sinH;
        }

        @Override
        public void row(double[] gx, double[] gy, double zx, double zy, byte[] out, int base, int cols) {
            byte flatGrey = (byte) (int) (0.5 + flat);
            for (int c = 0; c < cols; c++) {
                double x = gx[c];
                if (Double.isNaN(x)) {
                    out[base + c] = 0;
                    continue;
                }
                double p = x * zx;
                double q = gy[c] * zy;
                double pp = p * p;
                double qq = q * q;
                double ss = pp + qq;
                if (ss == 0) {
                    out[base + c] = flatGrey;
                    continue;
                }
                double sum = p + q;
                double diff = p - q;
                double n225 = Math.max(0, sin127 + diagonal127 * sum);
                double n270 = Math.max(0, sin127 + cos127 * p);
                double n315 = Math.max(0, sin127 + diagonal127 * diff);
                double n360 = Math.max(0, sin127 - cos127 * q);
                double weighted = 0.5 * sum * sum * n225 + pp * n270 + 0.5 * diff * diff * n315 + qq * n360;
                double grey = 1 + weighted / ss / Math.sqrt(1 + ss);
                out[base + c] = (byte) (int) (0.5 + grey);
            }
        }
    }

    /**
     * The incidence angle {@code i = acos(cos i)} of {@link Standard} (unclamped) and the slope angle
     * {@code σ = atan √(p² + q²)}, each as a fraction of a right angle: {@code f = 1 − (i / (π/2))·(σ /
     * (π/2))}, grey {@code 1 + 254·f}, or 1 where {@code f ≤ 0}.
     */
    final class Combined implements HillshadeShading {
        private static final double INV_SQUARE_HALF_PI = 4 / (Math.PI * Math.PI);
        private final double sinH;
        private final double lightX;
        private final double lightY;

        Combined(double sinH, double cosH, double sinA, double cosA) {
            this.sinH = sinH;
            this.lightX = cosH * sinA;
            this.lightY = cosH * cosA;
        }

        @Override
        public void row(double[] gx, double[] gy, double zx, double zy, byte[] out, int base, int cols) {
            for (int c = 0; c < cols; c++) {
                double x = gx[c];
                if (Double.isNaN(x)) {
                    out[base + c] = 0;
                    continue;
                }
                double p = x * zx;
                double q = gy[c] * zy;
                double ss = p * p + q * q;
                double cosI = (sinH - (p * lightX + q * lightY)) / Math.sqrt(1 + ss);
                // acos(cos i) by the faster arctangent; max(0, ...) absorbs a cos i rounded a hair past ±1
                double incidence = Arctangent.atan2(Math.sqrt(Math.max(0, 1 - cosI * cosI)), cosI);
                double f = 1 - incidence * Arctangent.atan(Math.sqrt(ss)) * INV_SQUARE_HALF_PI;
                out[base + c] = (byte) (f <= 0 ? 1 : (int) (1.5 + 254 * f));
            }
        }
    }

    /**
     * Slope strength {@code σ / (π/2)} with {@code σ = atan √(p² + q²)}; {@code δ} the angle between the
     * downslope direction {@code (−p, −q)} and the light's direction of travel {@code (−sin A, −cos A)},
     * {@code atan2(|p·cos A − q·sin A|, p·sin A + q·cos A)}; grey {@code 255·(1 − σ/(π/2)·(1 − δ/π))}, at
     * least 1.
     *
     * <p>As gdaldem does, the direction comes from the neighbourhood's differences before they are divided
     * by the cell width and height ({@code gx, gy}; {@code zx, zy} are positive, so only the direction
     * differs from that of {@code p, q}): on cells that are not square this is not the downslope direction
     * {@link Aspect} gives, but it is gdaldem's, and Igor's shading is gdaldem's invention.
     */
    final class Igor implements HillshadeShading {
        private static final double INV_HALF_PI = 2 / Math.PI;
        private static final double INV_PI = 1 / Math.PI;
        private final double sinA;
        private final double cosA;

        Igor(double sinA, double cosA) {
            this.sinA = sinA;
            this.cosA = cosA;
        }

        @Override
        public void row(double[] gx, double[] gy, double zx, double zy, byte[] out, int base, int cols) {
            for (int c = 0; c < cols; c++) {
                double x = gx[c];
                if (Double.isNaN(x)) {
                    out[base + c] = 0;
                    continue;
                }
                double p = x * zx;
                double q = gy[c] * zy;
                double slopeStrength = Arctangent.atan(Math.sqrt(p * p + q * q)) * INV_HALF_PI;
                // δ: 0 where the slope faces straight away from the light, π where it faces the light
                double y = gy[c];
                double delta = Arctangent.atan2(Math.abs(x * cosA - y * sinA), x * sinA + y * cosA);
                double shade = 255 * (1 - slopeStrength * (1 - delta * INV_PI));
                out[base + c] = (byte) Math.max(1, (int) (0.5 + shade));
            }
        }
    }
}
