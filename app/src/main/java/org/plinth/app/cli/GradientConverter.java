package org.plinth.app.cli;

import java.util.Locale;
import org.plinth.raster.terrain.Gradient;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads gdaldem's {@code -alg} names, {@code Horn} or {@code ZevenbergenThorne} (any case, hyphens allowed). */
public final class GradientConverter implements ITypeConverter<Gradient> {
    @Override
    public Gradient convert(String value) {
        return switch (value.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "")) {
            case "horn" -> Gradient.HORN;
            case "zevenbergenthorne", "zt" -> Gradient.ZEVENBERGEN_THORNE;
            default -> throw new TypeConversionException("--alg must be Horn or ZevenbergenThorne, was " + value);
        };
    }
}
