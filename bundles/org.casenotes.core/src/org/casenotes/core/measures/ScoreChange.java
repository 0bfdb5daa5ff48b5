package org.casenotes.core.measures;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How a total changed from an earlier administration of the same instrument, read against its
 * {@link InstrumentThresholds}: by how many points, whether that change is clinically meaningful, and whether the
 * later total is remission. Lower is better on every instrument Casenotes ships.
 *
 * @param since      the day of the earlier total
 * @param from       the earlier total
 * @param to         the later total
 * @param meaningful whether the change reaches the instrument's meaningful change
 * @param remission  whether the later total is below the instrument's remission threshold
 */
public record ScoreChange(LocalDate since, int from, int to, boolean meaningful, boolean remission) {

    public ScoreChange {
        Objects.requireNonNull(since, "since");
    }

    /** @return the change of {@code from} (given on {@code since}) to {@code to} on the instrument */
    public static ScoreChange of(InstrumentThresholds thresholds, LocalDate since, int from, int to) {
        return new ScoreChange(since, from, to, thresholds.meaningful(from, to), thresholds.remission(to));
    }

    /** @return the points gained (positive: worse) or lost (negative: better) */
    public int points() {
        return to - from;
    }

    /** @return whether the total fell by a meaningful change */
    public boolean meaningfulImprovement() {
        return meaningful && points() < 0;
    }

    /** @return whether the total rose by a meaningful change */
    public boolean meaningfulWorsening() {
        return meaningful && points() > 0;
    }

    /**
     * @return the change as a clinician reads it: "−6 since 3 Nov 2026: meaningful improvement; remission",
     *         "+2 since 3 Nov 2026", "no change since 3 Nov 2026"
     */
    public String describe(String sinceDay) {
        String points = points() == 0 ? "no change" : (points() > 0 ? "+" : "\u2212") + Math.abs(points());
        String text = points + " since " + sinceDay;
        if (meaningfulImprovement()) {
            text += ": meaningful improvement";
        } else if (meaningfulWorsening()) {
            text += ": meaningful worsening";
        }
        return remission ? text + (meaningful ? "; " : ": ") + "remission" : text;
    }
}
