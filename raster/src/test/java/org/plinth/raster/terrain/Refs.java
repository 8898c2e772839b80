package org.plinth.raster.terrain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.plinth.raster.Crs;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.GeoTransform;
import org.plinth.raster.GridGeometry;

/** Reads the test DEMs and GDAL references (temporary: via gdal_translate to ASCII grid). */
final class Refs {
    static final Path DEMS = Path.of("src/test/resources/dems");

    private Refs() {
    }

    static FloatGrid read(String relative, Crs crs) {
        try {
            Path tmp = Files.createTempDirectory("refs");
            Path asc = tmp.resolve("x.asc");
            Process p = new ProcessBuilder("gdal_translate", "-q", "-of", "AAIGrid", "-co", "SIGNIFICANT_DIGITS=12",
                    DEMS.resolve(relative).toString(), asc.toString()).inheritIO().start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("gdal_translate failed on " + relative);
            }
            return parse(Files.readAllLines(asc), crs);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FloatGrid parse(List<String> lines, Crs crs) {
        int cols = 0;
        int rows = 0;
        double x0 = 0;
        double y0 = 0;
        double dx = 0;
        double dy = 0;
        Float nd = null;
        int i = 0;
        for (; i < lines.size(); i++) {
            String[] kv = lines.get(i).trim().split("\\s+");
            if (!Character.isLetter(kv[0].charAt(0))) {
                break;
            }
            switch (kv[0].toLowerCase()) {
                case "ncols" -> cols = Integer.parseInt(kv[1]);
                case "nrows" -> rows = Integer.parseInt(kv[1]);
                case "xllcorner" -> x0 = Double.parseDouble(kv[1]);
                case "yllcorner" -> y0 = Double.parseDouble(kv[1]);
                case "cellsize" -> { dx = Double.parseDouble(kv[1]); dy = dx; }
                case "dx" -> dx = Double.parseDouble(kv[1]);
                case "dy" -> dy = Double.parseDouble(kv[1]);
                case "nodata_value" -> nd = Float.parseFloat(kv[1]);
                default -> throw new IllegalStateException(kv[0]);
            }
        }
        float[] d = new float[cols * rows];
        int k = 0;
        for (; i < lines.size(); i++) {
            for (String t : lines.get(i).trim().split("\\s+")) {
                if (!t.isEmpty()) {
                    d[k++] = Float.parseFloat(t);
                }
            }
        }
        GridGeometry g = new GridGeometry(cols, rows, GeoTransform.northUp(x0, y0 + rows * dy, dx, dy), crs);
        return new FloatGrid(g, d, nd);
    }
}
