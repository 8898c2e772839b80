package org.plinth.app.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --band N}: a band number, 1 or more, as GDAL numbers bands. */
public final class BandNumberConverter implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
        int band;
        try {
            band = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("--band must be a band number (1, 2, ...), was " + value);
        }
        if (band < 1) {
            throw new TypeConversionException("--band must be 1 or more (bands are numbered from 1), was " + value);
        }
        return band;
    }
}
