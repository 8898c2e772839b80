package org.plinth.raster.visibility;

import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.plinth.raster.ByteGrid;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.GridGeometry;
import org.plinth.raster.InvalidInputException;
import org.plinth.raster.Monitor;
import org.plinth.raster.Window;

/**
 * Viewshed of one observer over a DEM: which cells the observer sees, and optionally the minimum
 * height above ground a target needs at each cell to be seen. Exact for the line-of-sight model
 * below, like GRASS {@code r.viewshed}, not an approximation like {@code gdal_viewshed}.
 *
 * <h2>Line-of-sight model</h2>
 * <ul>
 *   <li>The observer stands at the centre of the cell containing (observerX, observerY), eye at
 *       ground + observer height. A target is the centre of a cell, at ground + target height.</li>
 *   <li>Distances are horizontal, between cell centres, in metres (geographic DEMs: see
 *       {@link SightFrame}). Every elevation at distance d is lowered by {@code cc·d²/(2a)}
 *       (earth curvature less refraction; {@code a}: the CRS ellipsoid's semi-major axis), as in
 *       gdal_viewshed and r.viewshed {@code -c -r}.</li>
 *   <li>Terrain between cells (Franklin &amp; Ray's R3): let the target be n cells away along its
 *       major axis (the one along which it is farther) and k along the other. The sight line
 *       crosses each intermediate major-axis grid line j (0 &lt; j &lt; n, the line through the
 *       centres of the cells j steps out) at minor offset y = j·k/n. The terrain there is
 *       interpolated linearly between the centres of cells ⌊y⌋ and ⌊y⌋+1 on that line, or is
 *       that cell's height when y is whole. For a diagonal target (n = k) every crossing is a
 *       cell centre.</li>
 *   <li>The target is visible when no crossing is strictly above the sight line, i.e. when the
 *       target's curvature-corrected slope from the eye is at least every crossing's. Ties are
 *       visible, and so is a target that 1 µm more height would make visible (a miss far below what
 *       any DEM resolves): with that margin, rounding in the slopes (about 1e-13 m) can no longer
 *       decide a tie either way, which on integer DEMs happens often. Cells adjacent to the observer
 *       and the observer cell are always visible.</li>
 *   <li>Minimum visible height: 0 where the target is visible; elsewhere the target elevation at
 *       which its slope equals the highest crossing's, minus the ground. A target at least that
 *       high is visible.</li>
 *   <li>NoData (GRASS's rule): a NoData cell is never an obstacle (a crossing interpolated from a
 *       NoData cell blocks nothing) and its outputs are NoData. An observer on a NoData cell is
 *       an input error.</li>
 *   <li>Cells farther than the max distance are NoData in both outputs; distance 0 keeps only the
 *       observer cell.</li>
 * </ul>
 *
 * <h2>Algorithm</h2>
 * The plane around the observer is cut into 8 octants and each octant into ratio sectors; each
 * sector is swept outwards grid line by grid line ({@link SectorSweep}) keeping the exact upper
 * envelope of the obstacle slopes seen so far as a function of the ray ratio k/n
 * ({@link Horizon}); each target is answered from that envelope, evaluating the winning grid line
 * with the model above, so the result is the same as checking every crossing of every sight line,
 * at a cost of O(cells · average envelope pieces per line / line length) instead of O(cells ·
 * distance). Sectors run in parallel on the common fork-join pool. Work and memory outside the
 * max-distance window are not touched (except the output grids, which cover the DEM).
 *
 * <p>References: W. R. Franklin, C. Ray, "Higher isn't necessarily better: visibility algorithms
 * and experiments" (1994) for the R3 model; the horizon-envelope sweep is in the spirit of
 * Van Kreveld (1996) and Haverkort, Toma, Zhuang (2009), but merges whole grid lines.
 *
 * <p>Limits: north-up DEMs with a known CRS only; outputs are full-DEM grids.
 */
public final class Viewshed {
    public static final int VISIBLE = 255;
    public static final int NOT_VISIBLE = 0;
    /** NoData of the visibility grid (outside the max distance, NoData DEM cells). */
    public static final int NO_DATA = 1;
    /** Ratio sectors per octant: 32 parallel tasks balance well even when the observer sits near an edge. */
    private static final int SECTORS = 4;

    private final FloatGrid dem;
    private final ViewshedOptions options;
    private final Monitor monitor;
    private final SightFrame frame;

    public Viewshed(FloatGrid dem, ViewshedOptions options) {
        this(dem, options, Monitor.NONE);
    }

    /** Checks the DEM and the observer; throws {@link org.plinth.raster.InvalidInputException} naming what is wrong. */
    public Viewshed(FloatGrid dem, ViewshedOptions options, Monitor monitor) {
        this.dem = dem;
        this.options = options;
        this.monitor = monitor;
        this.frame = SightFrame.of(dem, options);
    }

    /** The visibility grid of {@code options}' observer. */
    /**
     * Width and height in metres of the cells of row {@code row} as a viewshed from that row measures
     * them (for a geographic DEM, at the row's latitude on the CRS's ellipsoid), so that a caller can size
     * a window of the DEM by a distance in metres before reading it.
     *
     * @throws InvalidInputException when a geographic grid's row lies past a pole
     */
    public static double[] cellMetres(GridGeometry dem, int row) {
        return SightFrame.cellMetres(dem, row);
    }

    public static ByteGrid visibility(FloatGrid dem, ViewshedOptions options) {
        return new Viewshed(dem, options.withOutputs(ViewshedOutput.VISIBILITY)).compute().visibility().orElseThrow();
    }

    /** The minimum-visible-height grid of {@code options}' observer. */
    public static FloatGrid minimumVisibleHeight(FloatGrid dem, ViewshedOptions options) {
        return new Viewshed(dem, options.withOutputs(ViewshedOutput.MINIMUM_VISIBLE_HEIGHT)).compute()
                .minimumVisibleHeight().orElseThrow();
    }

    public ViewshedResult compute() {
        Window all = dem.geometry().window();
        byte[] vis = null;
        float[] need = null;
        // Without a max distance the sweeps write every cell (each is owned by exactly one octant), so
        // the NoData fill, a pass over the whole output, is needed only when some cells are out of reach.
        boolean everyCellWritten = frame.maxDistance == Double.POSITIVE_INFINITY;
        if (options.wants(ViewshedOutput.VISIBILITY)) {
            vis = new byte[dem.data().length];
            if (!everyCellWritten) {
                Arrays.fill(vis, (byte) NO_DATA);
            }
        }
        if (options.wants(ViewshedOutput.MINIMUM_VISIBLE_HEIGHT)) {
            need = new float[dem.data().length];
            if (!everyCellWritten) {
                Arrays.fill(need, Float.NaN);
            }
        }
        VisibilityCanvas canvas = new VisibilityCanvas(all, vis, need);
        sweepAll(frame, canvas, SECTORS, true, monitor);
        ByteGrid visGrid = vis == null ? null : new ByteGrid(dem.geometry(), vis, NO_DATA);
        FloatGrid needGrid = need == null ? null : new FloatGrid(dem.geometry(), need, Float.NaN);
        // the observer's own cell is visible and in reach; the sweeps counted every other cell they answered
        return new ViewshedResult(Optional.ofNullable(visGrid), Optional.ofNullable(needGrid),
                canvas.visibleTargets() + 1, canvas.dataTargets() + 1);
    }

    /**
     * Writes the observer cell and sweeps every octant sector of {@code f} into {@code canvas}, in
     * parallel or on the calling thread.
     */
    static void sweepAll(SightFrame f, VisibilityCanvas canvas, int sectors, boolean parallel, Monitor monitor) {
        int obs = canvas.indexOf(f.observerCol, f.observerRow);
        if (canvas.visibility != null) {
            canvas.visibility[obs] = (byte) VISIBLE;
        }
        if (canvas.minimumHeight != null) {
            canvas.minimumHeight[obs] = 0f;
        }
        Octant[] octants = Octant.all(f);
        int tasks = octants.length * sectors;
        AtomicInteger done = new AtomicInteger();
        IntStream range = IntStream.range(0, tasks);
        (parallel ? range.parallel() : range).forEach(t -> {
            new SectorSweep(f, octants[t / sectors], canvas).run(t % sectors, sectors, monitor);
            if (parallel) {
                // Under the lock so that the fractions reach the monitor in increasing order.
                synchronized (done) {
                    monitor.progress((double) done.incrementAndGet() / tasks);
                }
            }
        });
    }
}
