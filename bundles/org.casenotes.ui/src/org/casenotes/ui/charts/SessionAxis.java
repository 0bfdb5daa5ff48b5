package org.casenotes.ui.charts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The labels of a chart's category axis: the session dates, every one while they fit and every k-th one (and the
 * latest) when there are many, so a year of weekly sessions stays readable.
 */
final class SessionAxis {

    /** About how many dates fit under a chart in the overview. */
    static final int LABELS_THAT_FIT = 12;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yy", Locale.ENGLISH);

    private SessionAxis() {
    }

    /** @return one label per day, blank where a label is skipped */
    static String[] labels(List<LocalDate> days) {
        int step = Math.max(1, (int) Math.ceil(days.size() / (double) LABELS_THAT_FIT));
        String[] labels = new String[days.size()];
        for (int i = 0; i < days.size(); i++) {
            boolean shown = i % step == 0 || i == days.size() - 1;
            labels[i] = shown && days.get(i) != null ? DAY.format(days.get(i)) : "";
        }
        return labels;
    }
}
