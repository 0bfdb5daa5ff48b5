package org.casenotes.core.measures;

import java.util.Objects;

/**
 * One severity band of an instrument's total, such as PHQ-9 "Moderate" from 10 to 14.
 *
 * @param low   the lowest total in the band
 * @param high  the highest total in the band
 * @param label what the band is called
 */
public record SeverityBand(int low, int high, String label) {

    public SeverityBand {
        Objects.requireNonNull(label, "label");
        if (high < low) {
            throw new IllegalArgumentException("The band " + label + " ends (" + high + ") before it starts (" + low
                    + ").");
        }
    }

    /** @return whether {@code total} falls in the band */
    public boolean holds(int total) {
        return total >= low && total <= high;
    }
}
