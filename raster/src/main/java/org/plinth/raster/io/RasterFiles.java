package org.plinth.raster.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.plinth.raster.ByteGrid;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.InvalidInputException;
import org.plinth.raster.Monitor;
import org.plinth.raster.Window;

/**
 * The one entry point for raster files. {@link #read} picks the reader by the file's first bytes
 * (TIFF / BigTIFF byte-order marks, an ASCII grid's {@code ncols} header, a GDAL VRT's
 * {@code <VRTDataset} root: the tile mosaics {@code gdalbuildvrt} makes, see {@link VrtReader}) or,
 * for SRTM tiles that have no magic, the {@code .hgt} or {@code .hgt.zip} extension. {@link #write}
 * writes GeoTIFF atomically: to a temporary file in the target directory, moved into place on success
 * and deleted on failure.
 */
public final class RasterFiles {
    private RasterFiles() {
    }

    /** The raster formats {@link #read} recognises. */
    public enum Format {
        GEOTIFF, HGT, ASCII_GRID, VRT
    }

    public static RasterFile read(Path path) {
        return read(path, Monitor.NONE);
    }

    /** Reads band 1. */
    public static RasterFile read(Path path, Monitor monitor) {
        return read(path, 1, null, monitor);
    }

    /**
     * A raster's band of Byte samples as a {@link ByteGrid}, samples as they are
     * ({@link GeoTiffReader#readBytes}); empty when the file is not a GeoTIFF of Byte samples (read it
     * with {@link #read(Path, int, Window, Monitor)}).
     *
     * @param band the band, numbered from 1
     */
    public static Optional<ByteGrid> readBytes(Path path, int band, Monitor monitor) {
        return detect(path) == Format.GEOTIFF ? GeoTiffReader.readBytes(path, band, monitor) : Optional.empty();
    }

    /** Reads the cells of {@code window} of band 1; see {@link #read(Path, int, Window, Monitor)}. */
    public static RasterFile read(Path path, Window window, Monitor monitor) {
        return read(path, 1, window, monitor);
    }

    /**
     * Reads band {@code band} (numbered from 1, as GDAL numbers bands; SRTM tiles and ASCII grids have
     * one), the cells of {@code window} (half-open, inside the grid) on the window's grid or the whole
     * grid when {@code window} is null; see {@link GeoTiffReader#read(Path, int, Window, Monitor)}.
     * GeoTIFF decodes only the strips or tiles that meet the window, a VRT only the sources that meet
     * it; the other formats (small, unindexed) are read whole and cropped.
     *
     * @throws IllegalArgumentException when the window is empty or not inside the grid
     * @throws InvalidInputException when the file has no such band, or cannot be read
     */
    public static RasterFile read(Path path, int band, Window window, Monitor monitor) {
        Format format = detect(path);
        if (format == Format.GEOTIFF) {
            return GeoTiffReader.read(path, band, window, monitor);
        }
        if (format == Format.VRT) {
            return VrtReader.read(path, band, window, monitor);
        }
        if (band != 1) {
            throw noSuchBand(path.getFileName().toString(), band, 1);
        }
        RasterFile f = format == Format.HGT ? HgtReader.read(path) : AsciiGridReader.read(path);
        return window == null ? f
                : new RasterFile(f.grid().crop(window), f.dataType(), f.anchor(), f.bandCount(), f.crsCitation());
    }

    /** The header of band 1; see {@link #header(Path, int)}. */
    public static RasterHeader header(Path path) {
        return header(path, 1);
    }

    /**
     * The grid, sample type and NoData of a raster's band {@code band} (numbered from 1) without its
     * cells: GeoTIFF reads its directory only, a VRT its XML, an SRTM tile its name and size; an ASCII
     * grid is read whole.
     *
     * @throws InvalidInputException when the file has no such band, or cannot be read
     */
    public static RasterHeader header(Path path, int band) {
        Format format = detect(path);
        if (format == Format.GEOTIFF) {
            return GeoTiffReader.header(path, band);
        }
        if (format == Format.VRT) {
            return VrtReader.header(path, band);
        }
        if (band != 1) {
            throw noSuchBand(path.getFileName().toString(), band, 1);
        }
        return format == Format.ASCII_GRID ? AsciiGridReader.header(path) : HgtReader.header(path);
    }

    /**
     * A band's header and, when {@code withCells}, its cells, for showing a file as gdalinfo does: unlike
     * {@link #header(Path, int)}, a GeoTIFF without georeferencing is described, in cell coordinates,
     * instead of refused.
     *
     * @throws InvalidInputException when the file has no such band, or cannot be read
     */
    public static RasterDescription describe(Path path, int band, boolean withCells) {
        if (detect(path) == Format.GEOTIFF) {
            return GeoTiffReader.describe(path, band, withCells);
        }
        RasterHeader header = header(path, band);
        return new RasterDescription(header, true,
                withCells ? Optional.of(read(path, band, null, Monitor.NONE).grid()) : Optional.empty());
    }

    /**
     * The files a GDAL VRT's bands read their cells from (empty for any other raster, and for a file
     * that cannot be read as a VRT: reading it reports why), so that a command does not write over them.
     */
    public static List<Path> sourcesOf(Path path) {
        try {
            return Files.isRegularFile(path) && detect(path) == Format.VRT ? VrtReader.sourceFiles(path) : List.of();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /** The one sentence for a band number a raster does not have (GDAL numbers bands from 1). */
    static InvalidInputException noSuchBand(String name, int band, int bandCount) {
        return new InvalidInputException(name + ": has no band " + band + " (it has " + bandCount
                + (bandCount == 1 ? " band)" : " bands, numbered 1 to " + bandCount + ")"));
    }

    /** The format of a file, from its first bytes or (for .hgt) its name. */
    public static Format detect(Path path) {
        String name = path.getFileName().toString();
        byte[] head = new byte[16];
        int n = 0;
        try (InputStream in = Files.newInputStream(path)) {
            int r;
            while (n < head.length && (r = in.read(head, n, head.length - n)) > 0) {
                n += r;
            }
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(name + ": no such file", e);
        } catch (AccessDeniedException e) {
            throw new InvalidInputException(name + ": cannot read it: permission denied", e);
        } catch (IOException e) {
            if (Files.isDirectory(path)) {
                throw new InvalidInputException(name + ": is a folder, not a raster file", e);
            }
            throw new UncheckedIOException(name + ": cannot read it: " + FileErrors.reason(e), e);
        }
        if (n >= 4 && ((head[0] == 'I' && head[1] == 'I' && (head[2] == 42 || head[2] == 43) && head[3] == 0)
                || (head[0] == 'M' && head[1] == 'M' && head[2] == 0 && (head[3] == 42 || head[3] == 43)))) {
            return Format.GEOTIFF;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".hgt") || HgtReader.isZipped(lower)) {
            return Format.HGT;
        }
        String text = new String(head, 0, n, StandardCharsets.ISO_8859_1).stripLeading()
                .toLowerCase(Locale.ROOT);
        if (text.startsWith("ncols") || text.startsWith("nrows")) {
            return Format.ASCII_GRID;
        }
        if (text.replace("\u00ef\u00bb\u00bf", "").startsWith("<vrtdataset") || lower.endsWith(".vrt")) {
            return Format.VRT;
        }
        throw new InvalidInputException(name + ": not a raster format plinth reads (GeoTIFF, SRTM .hgt or .hgt.zip, "
                + "ESRI ASCII grid or GDAL VRT)");
    }

    /** Writes a float grid as GeoTIFF, atomically. */
    public static void write(Path path, FloatGrid grid, GeoTiffWriteOptions options) {
        GeoTiffWriter.write(path, grid, options);
    }

    public static void write(Path path, FloatGrid grid, GeoTiffWriteOptions options, Monitor monitor) {
        GeoTiffWriter.write(path, grid, options, monitor);
    }

    /** Writes a byte grid as a Byte GeoTIFF, atomically. */
    public static void write(Path path, ByteGrid grid, GeoTiffWriteOptions options) {
        GeoTiffWriter.write(path, grid, options);
    }

    public static void write(Path path, ByteGrid grid, GeoTiffWriteOptions options, Monitor monitor) {
        GeoTiffWriter.write(path, grid, options, monitor);
    }

    /**
     * Reads tiles on one grid (same cell size, CRS and cell alignment) and joins them into one grid
     * covering their union; see {@link Mosaic}.
     */
    public static RasterFile mosaic(List<Path> paths) {
        return Mosaic.of(paths);
    }
}
