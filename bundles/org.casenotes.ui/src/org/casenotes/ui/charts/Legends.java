package org.casenotes.ui.charts;

import org.eclipse.swt.SWT;
import org.eclipse.swtchart.Chart;

/** Keeps a chart's legend from covering its plot: shown only while the chart is wide enough to hold both. */
final class Legends {

    /** Narrower than this, the legend (about 250 px of band names) would cover the plot. */
    static final int WIDE = 560;

    private Legends() {
    }

    static void showWhenWide(Chart chart) {
        chart.getLegend().setVisible(chart.getSize().x >= WIDE);
        chart.addListener(SWT.Resize, event -> {
            boolean wide = chart.getSize().x >= WIDE;
            if (chart.getLegend().isVisible() != wide) {
                chart.getLegend().setVisible(wide);
                chart.updateLayout();
            }
        });
    }
}
