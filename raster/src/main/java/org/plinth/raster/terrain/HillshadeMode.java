package org.plinth.raster.terrain;

/**
 * How {@link Hillshade} turns a cell's slope, the direction it faces and the light into a grey level,
 * as {@code gdaldem hillshade}'s mode switches name them. Every mode writes grey 1–255 with 0 as NoData.
 */
public enum HillshadeMode {
    /**
     * One light from the azimuth and altitude: {@code 1 + 254·cos i}, where {@code i} is the angle
     * between the surface normal and the light; 1 in shadow. gdaldem's default.
     */
    STANDARD,
    /**
     * Four lights at the altitude, from azimuths 225°, 270°, 315° and 360°, each weighted by how
     * closely the slope's gradient lines up with it (Mark, 1992, USGS Open-File Report 92-422);
     * {@code gdaldem -multidirectional}. The azimuth is not used (gdaldem refuses {@code -az} with it).
     */
    MULTIDIRECTIONAL,
    /**
     * Oblique shading darkened by slope: {@code 1 + 254·(1 − (i / 90°)·(slope / 90°))}, where {@code i}
     * is the light's incidence angle as in {@link #STANDARD}; {@code gdaldem -combined}.
     */
    COMBINED,
    /**
     * Igor's hillshading: only slopes facing away from the light are darkened, by slope and by how
     * directly they face away, {@code 255·(1 − (slope / 90°)·(1 − δ / 180°))} with {@code δ} the angle
     * between the downslope direction and the light's direction of travel; {@code gdaldem -igor}. The
     * altitude is not used (gdaldem refuses {@code -alt} with it).
     */
    IGOR
}
