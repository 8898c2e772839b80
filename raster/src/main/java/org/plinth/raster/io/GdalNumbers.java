package org.plinth.raster.io;

import java.util.Locale;

/** Numbers as GDAL writes them in text (GDAL_NODATA tags, VRT XML): decimals, or nan / inf in any case. */
final class GdalNumbers {
    private GdalNumbers() {
    }

    /**
     * Parses {@code text} (surrounding blanks ignored).
     *
     * @throws NumberFormatException when it is not such a number
     */
    static double parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "nan", "-nan", "+nan" -> Double.NaN;
            case "inf", "+inf", "infinity", "+infinity" -> Double.POSITIVE_INFINITY;
            case "-inf", "-infinity" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(t);
        };
    }
}
