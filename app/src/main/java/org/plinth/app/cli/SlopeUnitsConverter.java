package org.plinth.app.cli;

import java.util.Locale;
import org.plinth.raster.terrain.SlopeUnits;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code degrees} or {@code percent} (any case) for {@code --units}. */
public final class SlopeUnitsConverter implements ITypeConverter<SlopeUnits> {
    @Override
    public SlopeUnits convert(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "degrees", "degree", "deg" -> SlopeUnits.DEGREES;
            case "percent", "pct", "%" -> SlopeUnits.PERCENT;
            default -> throw new TypeConversionException("--units must be degrees or percent, was " + value);
        };
    }
}
