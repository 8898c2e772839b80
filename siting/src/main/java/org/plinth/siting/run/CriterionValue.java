package org.plinth.siting.run;

/**
 * One criterion at one site: the raw value in its unit and the standardised score.
 *
 * @param key criterion key
 * @param label human label
 * @param raw raw value (NaN when undefined there)
 * @param unit raw unit ("m", "people", ...)
 * @param score standardised score 0..1
 * @param weight the strategy's normalised weight for the criterion
 */
public record CriterionValue(String key, String label, double raw, String unit, double score, double weight) {

    /** The raw value as a phrase: "4.2 km", "12,300 people", "3.1°". */
    public String rawText() {
        if (Double.isNaN(raw)) {
            return "n/a";
        }
        return switch (unit) {
            case "m" -> distanceText(raw);
            case "°" -> String.format(java.util.Locale.ROOT, "%.1f°", Math.abs(raw) < 0.05 ? 0.0 : raw);
            default -> String.format(java.util.Locale.ROOT, "%,.0f %s", Math.abs(raw) < 0.5 ? 0.0 : raw, unit);
        };
    }

    /** A distance for people: "34 m" under a kilometre, "1.2 km" from one on. */
    public static String distanceText(double metres) {
        // prominence and elevation are in metres too, and may be negative: -1200 m reads as -1.2 km, -0.3 m as 0 m
        if (Math.abs(metres) >= 999.5) {
            return String.format(java.util.Locale.ROOT, "%.1f km", metres / 1000);
        }
        return String.format(java.util.Locale.ROOT, "%.0f m", Math.abs(metres) < 0.5 ? 0.0 : metres);
    }
}
