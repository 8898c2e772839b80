package org.plinth.app.cli;

import java.util.Locale;
import org.plinth.raster.io.Compression;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code none}, {@code deflate} or {@code lzw} (any case) for {@code --compress}. */
public final class CompressionConverter implements ITypeConverter<Compression> {
    @Override
    public Compression convert(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "none" -> Compression.NONE;
            case "deflate", "zip" -> Compression.DEFLATE;
            case "lzw" -> Compression.LZW;
            default -> throw new TypeConversionException("--compress must be none, deflate or lzw, was " + value);
        };
    }
}
