package org.casenotes.ui.charts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The labels of a chart's category axis: the session dates, every one while they fit the chart's width and every
 * k-th one (and the latest) when there are more, so a year of weekly sessions stays readable; set again whenever the
 * chart is resized.
 */
final class SessionAxis {

    /** Room one date takes under a chart, in pixels ("30 Jul 26" and a gap). */
    static final int LABEL_WIDTH = 75;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yy", Locale.ENGLISH);

    private SessionAxis() {
    }

    /**
     * @param width the chart's width in pixels
     * @return one label per day, blank where a label is skipped so that those shown fit the width
     */
    static String[] labels(List<LocalDate> days, int width) {
        int fit = Math.max(2, width / LABEL_WIDTH - 1);
        int step = Math.max(1, (int) Math.ceil(days.size() / (double) fit));
        String[] labels = new String[days.size()];
        for (int i = 0; i < days.size(); i++) {
            int last = days.size() - 1;
            boolean shown = i == last || i % step == 0 && last - i >= step;
            labels[i] = shown && days.get(i) != null ? DAY.format(days.get(i)) : "";
        }
        return labels;
    }

    /** Labels the chart's category axis with the days, now and whenever the chart's width changes. */
    static void follow(org.eclipse.swtchart.Chart chart, List<LocalDate> days) {
        org.eclipse.swtchart.IAxis axis = chart.getAxisSet().getXAxis(0);
        axis.setCategorySeries(labels(days, Math.max(plotWidth(chart), 300)));
        int[] width = {-1};
        chart.addListener(org.eclipse.swt.SWT.Resize, event -> {
            if (chart.getSize().x != width[0]) {
                width[0] = chart.getSize().x;
                axis.setCategorySeries(labels(days, plotWidth(chart)));
            }
        });
    }

    /** @return about how wide the plot is: the chart less the total axis and, when shown, the legend */
    private static int plotWidth(org.eclipse.swtchart.Chart chart) {
        return chart.getSize().x - 70 - (chart.getSize().x >= Legends.WIDE ? 260 : 0);
    }
}
