package org.plinth.siting.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.plinth.raster.ByteGrid;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.GridGeometry;
import org.plinth.siting.layers.Feature;
import org.plinth.siting.layers.VectorLayer;
import org.plinth.siting.run.CriterionValue;
import org.plinth.siting.run.SiteRecord;
import org.plinth.siting.run.SitingResult;
import org.plinth.siting.run.StrategyOutcome;
import org.plinth.siting.scenario.Scenario;

/**
 * Draws a strategy's suitability map as a PNG: the colour ramp (over hillshade when there is a
 * DEM), excluded cells in grey, the area boundary, rivers, the state border, named places, event
 * and heritage sites, the numbered top sites, a legend, a scale bar, a north arrow and the
 * attribution. Headless (Java2D); coordinates are the grid CRS, so north is up only approximately
 * (grid north; the note on the map says so).
 */
public final class MapPainter {
    private static final int MAP_W = 1100;
    private static final int PANEL_W = 300;
    private static final int MARGIN = 20;
    private static final Color EXCLUDED = new Color(200, 200, 200);
    private static final Color RIVER = new Color(40, 110, 200);
    private static final Color BORDER = new Color(200, 30, 30);

    private final SitingResult result;
    private final GridGeometry grid;
    private final double scale;
    private final int mapH;

    public MapPainter(SitingResult result) {
        this.result = result;
        this.grid = result.area().grid();
        this.scale = (double) MAP_W / grid.cols();
        this.mapH = (int) Math.ceil(grid.rows() * scale);
    }

    /** The map of {@code strategy} as PNG bytes. */
    public byte[] png(StrategyOutcome strategy) {
        int footer = 24 + 13 * result.scenario().attribution().size();
        BufferedImage img = new BufferedImage(MAP_W + PANEL_W + 2 * MARGIN, Math.max(mapH, 620) + 2 * MARGIN + footer,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
            g.drawImage(raster(strategy.suitability()), MARGIN, MARGIN, MAP_W, mapH, null);
            drawVectors(g, strategy);
            drawLegend(g, strategy);
            drawScaleBar(g);
            drawNorthArrow(g);
            drawFooter(g);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private BufferedImage raster(FloatGrid suit) {
        ByteGrid allowed = result.allowed();
        FloatGrid shade = result.hillshade();
        int cols = grid.cols();
        BufferedImage img = new BufferedImage(cols, grid.rows(), BufferedImage.TYPE_INT_ARGB);
        int[] line = new int[cols];
        for (int r = 0; r < grid.rows(); r++) {
            for (int c = 0; c < cols; c++) {
                float v = suit.get(c, r);
                int argb;
                if (Float.isNaN(v)) {
                    argb = 0x00FFFFFF;
                } else if (allowed.get(c, r) == 0) {
                    argb = EXCLUDED.getRGB();
                } else {
                    argb = ColourRamp.argb(v);
                }
                if (shade != null && (argb >>> 24) != 0) {
                    argb = shaded(argb, shade.get(c, r));
                }
                line[c] = argb;
            }
            img.setRGB(0, r, cols, 1, line, 0, cols);
        }
        return img;
    }

    /** Multiplies the colour by the hillshade (1..255, 0 = NoData), lifted so colours stay readable. */
    private static int shaded(int argb, float hs) {
        if (!(hs > 0)) {
            return argb;
        }
        double f = 0.55 + 0.45 * (hs / 255.0);
        int r = (int) (((argb >> 16) & 0xFF) * f);
        int gg = (int) (((argb >> 8) & 0xFF) * f);
        int b = (int) ((argb & 0xFF) * f);
        return 0xFF000000 | (r << 16) | (gg << 8) | b;
    }

    private double px(double x) {
        return MARGIN + grid.transform().colOf(x) * scale;
    }

    private double py(double y) {
        return MARGIN + grid.transform().rowOf(y) * scale;
    }

    private void drawVectors(Graphics2D g, StrategyOutcome strategy) {
        g.setClip(MARGIN, MARGIN, MAP_W, mapH);
        for (VectorLayer layer : result.layers().values()) {
            Scenario.LayerSpec spec = result.scenario().layers().get(layer.name());
            if (spec != null && !spec.showOnMap()) {
                continue;
            }
            drawLayer(g, layer, spec);
        }
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1.6f));
        drawGeometry(g, result.area().geometry());
        drawSites(g, strategy.sites());
        g.setClip(null);
    }

    private void drawLayer(Graphics2D g, VectorLayer layer, Scenario.LayerSpec spec) {
        String name = layer.name().toLowerCase(Locale.ROOT);
        boolean border = name.contains("border");
        g.setColor(border ? BORDER : RIVER);
        g.setStroke(border ? new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
                new float[] {9f, 5f}, 0f) : new BasicStroke(1.4f));
        for (Feature f : layer.features()) {
            Geometry geom = f.geometry();
            if (geom instanceof Point || geom.getGeometryType().equals("MultiPoint")) {
                drawPoint(g, f, spec);
            } else {
                drawGeometry(g, geom);
            }
        }
    }

    private void drawPoint(Graphics2D g, Feature f, Scenario.LayerSpec spec) {
        Coordinate c = f.geometry().getCoordinate();
        double x = px(c.x);
        double y = py(c.y);
        String kind = f.text("kind");
        if (kind != null) {
            drawEventSymbol(g, kind, x, y);
            return;
        }
        double pop = spec != null && spec.populationField() != null ? f.number(spec.populationField()) : Double.NaN;
        double r = Double.isNaN(pop) ? 2.5 : Math.max(2.0, Math.min(7.0, Math.log10(Math.max(pop, 10)) * 1.4));
        g.setColor(Color.BLACK);
        g.fill(new java.awt.geom.Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
        String label = spec != null && spec.nameField() != null ? f.text(spec.nameField()) : null;
        if (label != null && (Double.isNaN(pop) || pop >= 10_000)) {
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            haloText(g, label, (float) (x + r + 2), (float) (y + 4));
        }
    }

    static void drawEventSymbol(Graphics2D g, String kind, double x, double y) {
        Path2D p = new Path2D.Double();
        Color fill;
        if (kind.startsWith("battle")) {
            p.moveTo(x, y - 6);
            p.lineTo(x + 6, y + 5);
            p.lineTo(x - 6, y + 5);
            p.closePath();
            fill = kind.endsWith("1943") ? new Color(230, 120, 20) : new Color(220, 40, 40);
        } else if (kind.equals("memorial")) {
            p.moveTo(x, y - 6);
            p.lineTo(x + 6, y);
            p.lineTo(x, y + 6);
            p.lineTo(x - 6, y);
            p.closePath();
            fill = new Color(120, 60, 160);
        } else {
            p.append(new java.awt.geom.Rectangle2D.Double(x - 4.5, y - 4.5, 9, 9), false);
            fill = new Color(150, 100, 40);
        }
        g.setColor(fill);
        g.fill(p);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(1f));
        g.draw(p);
    }

    private void drawGeometry(Graphics2D g, Geometry geom) {
        for (int i = 0; i < geom.getNumGeometries(); i++) {
            Geometry part = geom.getGeometryN(i);
            if (part instanceof Polygon poly) {
                g.draw(path(poly.getExteriorRing().getCoordinates()));
                for (int h = 0; h < poly.getNumInteriorRing(); h++) {
                    g.draw(path(poly.getInteriorRingN(h).getCoordinates()));
                }
            } else if (part instanceof LineString ls) {
                g.draw(path(ls.getCoordinates()));
            }
        }
    }

    private Path2D path(Coordinate[] cs) {
        Path2D p = new Path2D.Double();
        for (int i = 0; i < cs.length; i++) {
            if (i == 0) {
                p.moveTo(px(cs[i].x), py(cs[i].y));
            } else {
                p.lineTo(px(cs[i].x), py(cs[i].y));
            }
        }
        return p;
    }

    private void drawSites(Graphics2D g, List<SiteRecord> sites) {
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
        FontMetrics fm = g.getFontMetrics();
        for (SiteRecord s : sites) {
            double x = px(s.x());
            double y = py(s.y());
            double r = 10;
            g.setColor(Color.WHITE);
            g.fill(new java.awt.geom.Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(2f));
            g.draw(new java.awt.geom.Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
            String t = String.valueOf(s.rank());
            g.drawString(t, (float) (x - fm.stringWidth(t) / 2.0), (float) (y + fm.getAscent() / 2.0 - 1));
        }
    }

    private static void haloText(Graphics2D g, String text, float x, float y) {
        g.setColor(new Color(255, 255, 255, 210));
        for (int dx = -1; dx <= 1; dx++) {
            for (int dy = -1; dy <= 1; dy++) {
                g.drawString(text, x + dx, y + dy);
            }
        }
        g.setColor(Color.BLACK);
        g.drawString(text, x, y);
    }

    private void drawLegend(Graphics2D g, StrategyOutcome strategy) {
        int x = MARGIN * 2 + MAP_W;
        int y = MARGIN + 10;
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        y = wrap(g, strategy.spec().label(), x, y, PANEL_W - 10) + 8;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.drawString("Suitability", x, y);
        y += 6;
        for (int i = 0; i < 200; i++) {
            g.setColor(new Color(ColourRamp.argb(i / 199.0), true));
            g.fillRect(x + i, y, 1, 14);
        }
        g.setColor(Color.BLACK);
        g.drawString("0", x, y + 28);
        g.drawString("0.5", x + 92, y + 28);
        g.drawString("1", x + 196, y + 28);
        y += 46;
        g.setColor(EXCLUDED);
        g.fillRect(x, y - 11, 14, 14);
        g.setColor(Color.BLACK);
        g.drawString("excluded by a constraint", x + 22, y);
        y += 22;
        if (hasLayerNamed("river")) {
            y = legendLine(g, x, y, RIVER, new BasicStroke(1.6f), "major river");
        }
        if (hasLayerNamed("border")) {
            y = legendLine(g, x, y, BORDER, new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
                    new float[] {9f, 5f}, 0f), "state border");
        }
        y = legendLine(g, x, y, Color.BLACK, new BasicStroke(1.6f), "area of interest");
        String[][] kinds = {{"battle-1943", "1943 battle site"}, {"battle-2024", "2024–2025 fighting"},
            {"memorial", "memorial"}, {"historic", "historic site"}};
        java.util.Set<String> present = presentKinds();
        for (String[] k : kinds) {
            if (present.contains(k[0])) {
                drawEventSymbol(g, k[0], x + 7, y - 4);
                g.setColor(Color.BLACK);
                g.drawString(k[1], x + 22, y);
                y += 20;
            }
        }
        if (hasPointsWithoutKind()) {
            g.fill(new java.awt.geom.Ellipse2D.Double(x + 3, y - 8, 8, 8));
            g.drawString("place (named above 10,000 people)", x + 22, y);
        }
        y += 26;
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
        g.drawString("Top sites", x, y);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        y += 18;
        for (SiteRecord s : strategy.sites()) {
            String near = s.nearestPlace() == null ? "" : " – " + CriterionValue.distanceText(s.nearestPlaceDistance())
                    + " from " + s.nearestPlace();
            y = wrap(g, s.rank() + ". score " + String.format(Locale.ROOT, "%.3f", s.score()) + near, x, y,
                    PANEL_W - 10) + 4;
        }
    }

    private boolean hasLayerNamed(String part) {
        return result.layers().keySet().stream().anyMatch(k -> k.toLowerCase(Locale.ROOT).contains(part));
    }

    private java.util.Set<String> presentKinds() {
        java.util.Set<String> kinds = new java.util.HashSet<>();
        for (VectorLayer l : result.layers().values()) {
            for (Feature f : l.features()) {
                if (f.text("kind") != null) {
                    kinds.add(f.text("kind"));
                }
            }
        }
        return kinds;
    }

    private boolean hasPointsWithoutKind() {
        return result.layers().values().stream().flatMap(l -> l.features().stream())
                .anyMatch(f -> f.geometry() instanceof Point && f.text("kind") == null);
    }

    private static int legendLine(Graphics2D g, int x, int y, Color c, BasicStroke s, String label) {
        g.setColor(c);
        g.setStroke(s);
        g.drawLine(x, y - 4, x + 16, y - 4);
        g.setColor(Color.BLACK);
        g.drawString(label, x + 22, y);
        return y + 20;
    }

    private static int wrap(Graphics2D g, String text, int x, int y, int width) {
        FontMetrics fm = g.getFontMetrics();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && fm.stringWidth(line + " " + word) > width) {
                g.drawString(line.toString(), x, y);
                y += fm.getHeight();
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        g.drawString(line.toString(), x, y);
        return y + fm.getHeight();
    }

    private void drawScaleBar(Graphics2D g) {
        double widthM = grid.cols() * grid.transform().cellWidth();
        double target = widthM / 5;
        double pow = Math.pow(10, Math.floor(Math.log10(target)));
        double nice = target / pow >= 5 ? 5 * pow : target / pow >= 2 ? 2 * pow : pow;
        int len = (int) Math.round(nice / grid.transform().cellWidth() * scale);
        int x = MARGIN + 15;
        int y = MARGIN + mapH - 20;
        g.setColor(Color.WHITE);
        g.fillRect(x - 6, y - 20, len + 60, 32);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1f));
        g.fillRect(x, y, len / 2, 6);
        g.drawRect(x, y, len, 6);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        String label = nice >= 1000 ? String.format(Locale.ROOT, "%.0f km", nice / 1000)
                : String.format(Locale.ROOT, "%.0f m", nice);
        g.drawString("0", x - 3, y - 4);
        g.drawString(label, x + len - 10, y - 4);
    }

    private void drawNorthArrow(Graphics2D g) {
        int x = MARGIN + MAP_W - 30;
        int y = MARGIN + 15;
        Path2D p = new Path2D.Double();
        p.moveTo(x, y);
        p.lineTo(x + 10, y + 30);
        p.lineTo(x, y + 23);
        p.lineTo(x - 10, y + 30);
        p.closePath();
        g.setColor(Color.BLACK);
        g.fill(p);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.drawString("N", x - 5, y + 46);
    }

    private void drawFooter(Graphics2D g) {
        g.setColor(Color.DARK_GRAY);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        int y = MARGIN + mapH + 16;
        String crs = grid.crs().toString();
        g.drawString(String.format(Locale.ROOT, "Grid: %s, %.0f m cells; north arrow shows grid north. Made with plinth.",
                crs, grid.transform().cellWidth()), MARGIN, y);
        AffineTransform keep = g.getTransform();
        for (String line : result.scenario().attribution()) {
            y += 13;
            g.drawString(line, MARGIN, y);
        }
        g.setTransform(keep);
    }
}
